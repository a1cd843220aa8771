import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodeHost } from './node-host.js';
import { serverName, serverVersion, startServer } from './server.js';
import { lintWorkerRole, serveLintJobs } from './worker-runner.js';

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${serverVersion}\n`);
    process.exit(0);
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${serverName} ${serverVersion}: the ILACS draft language server.

Usage: ilacs-language-server --stdio     (or --node-ipc, --socket=<port>)
`);
    process.exit(0);
  }

  // A stray rejection must not take the server down with the editor's session.
  process.on('unhandledRejection', (reason) => process.stderr.write(`ilacs-language-server: unhandled rejection: ${String(reason)}\n`));

  // The transport (--stdio, --node-ipc, --socket) is read from the command line by vscode-languageserver.
  // This module, bundled, is also the lint thread: linting apart keeps hovers and shutdown prompt.
  startServer(createConnection(ProposedFeatures.all), new NodeHost({ lintWorker: new URL(import.meta.url) }));
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === lintWorkerRole) serveLintJobs(parentPort!);
else main();
