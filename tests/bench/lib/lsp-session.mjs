// A language-server session over stdio for timing: spawns the built server, speaks LSP through
// vscode-languageserver-protocol, and waits for diagnostics by document version. Every wait has a timeout, so a
// server that stops answering fails the part with a message instead of hanging the suite.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const answerTimeoutMs = 10_000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The language server gave no ${what} within ${answerTimeoutMs / 1000} s.`)), answerTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class LspSession {
  static async start(serverPath, { initializationOptions, rootPath, pullDiagnostics = false }) {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const session = new LspSession(child);
    const capabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true },
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        ...(pullDiagnostics ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    };
    const initialized = await withTimeout(
      session.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(rootPath).href,
        capabilities,
        initializationOptions,
      }),
      'answer to initialize',
    );
    session.capabilities = initialized.capabilities;
    session.connection.sendNotification('initialized', {});
    return session;
  }

  constructor(child) {
    this.child = child;
    this.stderr = '';
    child.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-2000);
    });
    this.exited = new Promise((resolve) => child.once('exit', resolve));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    /** Resolvers waiting for diagnostics of a given uri and version. */
    this.waiting = new Map();
    this.connection.onNotification('textDocument/publishDiagnostics', ({ uri, version, diagnostics }) => {
      const key = `${uri}#${version}`;
      const resolve = this.waiting.get(key);
      if (resolve) {
        this.waiting.delete(key);
        resolve(diagnostics);
      }
    });
    // The server's log lines and requests the client would answer (configuration, registration) are not timed.
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onRequest(() => null);
    this.connection.listen();
  }

  /** Resolves with the diagnostics the server publishes for this exact version. */
  diagnosticsFor(uri, version) {
    return withTimeout(new Promise((resolve) => this.waiting.set(`${uri}#${version}`, resolve)), `diagnostics for version ${version}`);
  }

  open(uri, text, version) {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri, version, contentChanges) {
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request(method, params) {
    return withTimeout(this.connection.sendRequest(method, params), `answer to ${method}`);
  }

  async stop() {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 'answer to shutdown');
      this.connection.sendNotification('exit');
      await withTimeout(this.exited, 'exit after shutdown');
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) this.child.kill();
    }
  }
}
