import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodeHost } from './node-host.js';
import { serverName, serverVersion, startServer } from './server.js';

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
startServer(createConnection(ProposedFeatures.all), new NodeHost());
