import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runLintWorker, type WorkerTask } from './lint/parallel.js';
import { runCli } from './run.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (!isMainThread && (workerData as WorkerTask | undefined)?.ilacsLintWorker) {
  // This bundle started as a lint worker thread (see lint/parallel.ts).
  runLintWorker(workerData as WorkerTask, (outcomes) => parentPort!.postMessage(outcomes));
} else {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    workerScript: new URL(import.meta.url),
  });
}
