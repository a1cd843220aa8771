import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createProtocolConnection,
  Emitter,
  type DataCallback,
  type Disposable,
  type Message,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './lsp-support.js';

/**
 * The browser build of the server (dist/browser-server.js, what VS Code for the web runs in a web
 * worker), run in a worker thread dressed as a web worker: `self`, `postMessage` and `onmessage`.
 * It lints on its own thread, a job per turn of the event loop, so it must still answer everything.
 */
const bundle = join(repoRoot, 'packages/language-server/dist/browser-server.js');
const webWorkerGlobals = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
globalThis.self = globalThis;
globalThis.addEventListener = () => {};
globalThis.postMessage = (message) => parentPort.postMessage(message);
parentPort.on('message', (data) => globalThis.onmessage && globalThis.onmessage({ data }));
vm.runInThisContext(readFileSync(workerData.bundle, 'utf8'), { filename: workerData.bundle });
`;

class WorkerReader extends AbstractMessageReader {
  private readonly messages = new Emitter<Message>();
  constructor(worker: Worker) {
    super();
    worker.on('message', (message: Message) => this.messages.fire(message));
  }
  listen(callback: DataCallback): Disposable {
    return this.messages.event(callback);
  }
}

class WorkerWriter extends AbstractMessageWriter {
  constructor(private readonly worker: Worker) {
    super();
  }
  write(message: Message): Promise<void> {
    this.worker.postMessage(message);
    return Promise.resolve();
  }
  end(): void {}
}

describe('the browser build of the language server', () => {
  let worker: Worker;
  let connection: ProtocolConnection;
  const published = new Map<string, PublishDiagnosticsParams>();
  const uri = 'file:///drafts/short-inspection-mistakes.md';
  const text = readFileSync(join(repoRoot, 'examples/short-inspection-mistakes.md'), 'utf8');

  beforeAll(async () => {
    worker = new Worker(webWorkerGlobals, { eval: true, workerData: { bundle } });
    connection = createProtocolConnection(new WorkerReader(worker), new WorkerWriter(worker));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => published.set(params.uri, params));
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: { debounceMs: 0 },
    });
    await connection.sendNotification('initialized', {});
  });
  afterAll(async () => {
    await connection.sendRequest('shutdown').catch(() => undefined);
    connection.dispose();
    await worker.terminate();
  });

  it('publishes diagnostics, answers hovers and offers fixes', async () => {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 17, character: 20 } });
    expect(hover).not.toBeNull();
    for (let waited = 0; !published.has(uri) && waited < 30_000; waited += 50) await new Promise((wake) => setTimeout(wake, 50));
    const codes = published.get(uri)!.diagnostics.map((d) => d.code);
    expect(codes.length).toBeGreaterThan(5);
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
      context: { diagnostics: [] },
    })) as { kind?: string }[];
    expect(actions.some((a) => a.kind === 'source.fixAll.ilacs')).toBe(true);
  }, 60_000);
});
