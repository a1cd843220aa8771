import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintTarget } from '../files.js';
import { FileLinter, type FileLinterOptions, type FileOutcome } from './file-linter.js';

/** Below this many files per thread, starting a worker (loading the whole CLI again) costs more than it saves. */
const minFilesPerThread = 40;

export interface WorkerTask {
  ilacsLintWorker: true;
  files: readonly LintTarget[];
  options: FileLinterOptions;
  /** One shared counter: the index of the next file to take. */
  next: Int32Array;
}

/** File index and what linting it gave. */
type Done = [number, FileOutcome];

/**
 * Lints files, in this thread and, when there are enough files to pay for their start-up, in worker
 * threads running this same bundled file (see main.ts). Every thread takes the next file from a
 * shared counter, so a worker that starts late or gets less CPU simply takes fewer files.
 * Outcomes come back in the files' order.
 */
export async function lintFiles(
  files: readonly LintTarget[],
  options: FileLinterOptions,
  concurrency: number | 'auto',
  workerScript?: URL,
): Promise<FileOutcome[]> {
  const wanted = concurrency === 'auto' ? Math.min(spareCores(), Math.floor(files.length / minFilesPerThread)) : concurrency;
  const threads = workerScript ? Math.max(1, Math.min(wanted, files.length)) : 1;
  const task: WorkerTask = { ilacsLintWorker: true, files, options, next: new Int32Array(new SharedArrayBuffer(4)) };
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Promise<Done[]>((resolvePromise, reject) => {
        const worker = new Worker(workerScript!, { workerData: task });
        worker.once('message', resolvePromise);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a lint worker stopped (exit code ${code}) before it finished`)));
      }),
  );
  const outcomes: FileOutcome[] = new Array(files.length);
  for (const [index, outcome] of [...takeFiles(task), ...(await Promise.all(workers)).flat()]) outcomes[index] = outcome;
  return outcomes;
}

/**
 * Cores not already busy (by the last minute's load average). On a machine that is busy already, a
 * worker gets no core of its own: measured there, its start-up only made the run slower.
 */
function spareCores(): number {
  return Math.round(availableParallelism() - loadavg()[0]!);
}

/** The worker side: take files until none are left, then post what they gave. */
export function runLintWorker(task: WorkerTask, post: (done: Done[]) => void): void {
  post(takeFiles(task));
}

function takeFiles(task: WorkerTask): Done[] {
  const linter = new FileLinter(task.options);
  const done: Done[] = [];
  for (let index = Atomics.add(task.next, 0, 1); index < task.files.length; index = Atomics.add(task.next, 0, 1)) {
    done.push([index, linter.lintFile(task.files[index]!)]);
  }
  return done;
}
