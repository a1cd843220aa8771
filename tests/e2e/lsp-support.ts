import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const serverPath = join(repoRoot, 'packages/language-server/dist/server.js');
export const cliPath = join(repoRoot, 'packages/cli/dist/ilacs.js');
export const sharedRoot = resolve(repoRoot, '../shared');
export const corpusDrafts = join(sharedRoot, 'corpus/drafts');

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export interface ClientOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  workspaceFolders?: string[];
  /** Another server entry to spawn (a test build); the built server by default. */
  serverPath?: string;
  /** Extra arguments for node itself, as a heap limit. */
  nodeArgs?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

export const defaultCapabilities: ClientCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { versionSupport: true },
  },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
};

/**
 * The real built server, spawned over stdio, with a JSON-RPC client from vscode-languageserver-protocol.
 * Published diagnostics are collected per URI so tests can wait for the ones they expect.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  readonly registrations: unknown[] = [];
  /** What the server answered to `initialize`: its capabilities. */
  initializeResult: InitializeResult | undefined;
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  private constructor(readonly process: ChildProcessWithoutNullStreams) {
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onNotification('window/showMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onRequest('client/registerCapability', (params: unknown) => {
      this.registrations.push(params);
      return null;
    });
    this.connection.onRequest('workspace/configuration', () => []);
    this.connection.listen();
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const entry = options.serverPath ?? serverPath;
    if (!existsSync(entry)) throw new Error(`Build the server first (pnpm build): ${entry} is missing.`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), entry, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const client = new LspClient(child);
    const folders = options.workspaceFolders ?? [repoRoot];
    client.initializeResult = await client.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uriOf(folders[0]!),
      workspaceFolders: folders.map((f, i) => ({ uri: uriOf(f), name: `folder-${i}` })),
      capabilities: options.capabilities ?? defaultCapabilities,
      initializationOptions: { debounceMs: 0, ...options.initializationOptions },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  open(path: string, text = readFileSync(path, 'utf8'), uri = uriOf(path)): string {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  /** Replaces the whole text; returns the new version. */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Sends one incremental edit (as editors do while typing); returns the new version. */
  edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** The next publication for `uri` that satisfies `accept` (the latest one already received counts). */
  async diagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.published.get(uri)?.at(-1);
      if (latest && accept(latest)) return latest.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `No diagnostics for ${uri} within ${timeoutMs} ms (latest version ${latest?.version ?? 'none'}; server stderr: ${this.stderr.join('').slice(-1000)})`,
        );
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** Shuts the server down politely, then kills it if it has not gone within two seconds. */
  async stop(): Promise<void> {
    const gone = () => this.process.exitCode !== null || this.process.signalCode !== null;
    const exited = new Promise<void>((done) => {
      if (gone()) done();
      this.process.once('exit', () => done());
    });
    const within = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
    if (!gone()) {
      await Promise.race([
        this.connection
          .sendRequest('shutdown')
          .then(() => this.connection.sendNotification('exit'))
          .catch(() => undefined),
        within(2000),
      ]);
    }
    await Promise.race([exited, within(2000)]);
    if (!gone()) {
      this.process.kill();
      await Promise.race([exited, within(2000)]);
    }
    this.connection.dispose();
  }
}

/** The 0-based line and character of the first occurrence of `needle` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  const offset = index + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(
  text: string,
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[],
): string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}
