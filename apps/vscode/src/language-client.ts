import {
  configFilesNotification,
  draftStatusNotification,
  type ConfigFileText,
  type DraftStatus,
  type IlacsServerCapabilities,
  type InitializationOptions,
} from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';
import {
  DiagnosticPullMode,
  State,
  type BaseLanguageClient,
  type DocumentSelector,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { DraftStatusStore } from './draft-status.js';
import { linkRuleDocs } from './rule-docs.js';
import { readSettingsFiles, SettingsFileWatcher } from './settings-file-sync.js';
import { isEnabledAnywhere, isEnabledFor, runModeFor } from './settings.js';

/** Builds a client for where the extension runs: a Node process (desktop) or a web worker (vscode.dev). */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>;

export const clientId = 'ilacs';
export const clientName = 'ILACS language server';

/**
 * Where the checker is: `disabled` by the settings of every folder, `starting`, `running`, `failed`
 * (it could not start, or stopped and will not be restarted: nothing is being checked), or `stopped`.
 */
export type ServerState = 'disabled' | 'starting' | 'running' | 'failed' | 'stopped';

export interface ControllerOptions {
  documentSelector: DocumentSelector;
  /** The server cannot read files (a web worker): the client sends it the workspace's settings files. */
  sendSettingsFiles: boolean;
}

/** A server that has not answered `initialize` by then is not going to: a worker that failed to load, say. */
const startTimeoutMs = 20_000;

/**
 * Starts, stops and restarts the language server as the settings say, and keeps what the server
 * reports about each document (`ilacs/draftStatus`). Linting is the server's job; the client decides
 * which documents it is sent (`ilacs.enable`, per folder) and when VS Code asks it for diagnostics
 * (`ilacs.run`, per folder, read when each change happens, so changing it needs no restart).
 */
export class LanguageClientController implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private settingsWatcher: SettingsFileWatcher | undefined;
  private readonly output = vscode.window.createOutputChannel(clientName, { log: true });
  /** Serialises start, stop and restart, so quick setting changes cannot interleave them. */
  private queue: Promise<unknown> = Promise.resolve();
  private currentState: ServerState = 'stopped';
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.stateChanged.event;
  readonly statuses = new DraftStatusStore();
  /** Why the server is not running, when it failed. */
  failure: string | undefined;

  constructor(
    private readonly createClient: ClientFactory,
    private readonly options: ControllerOptions,
  ) {}

  get state(): ServerState {
    return this.currentState;
  }

  /** The running client, if the server is enabled. */
  get current(): BaseLanguageClient | undefined {
    return this.client;
  }

  /** Whether the running server converts documents (import and export): the Node server does, the browser one does not. */
  get canConvert(): boolean {
    if (this.currentState !== 'running') return false;
    const experimental = this.client?.initializeResult?.capabilities.experimental as
      | { ilacs?: Partial<IlacsServerCapabilities> }
      | undefined;
    return experimental?.ilacs?.convert === true;
  }

  /** Sends an ILACS request; fails with a message a user can act on when the checker is not running. */
  async request<R>(method: string, params?: unknown): Promise<R> {
    const client = this.client;
    if (!client || this.currentState !== 'running') throw new Error(this.notRunningMessage());
    return client.sendRequest<R>(method, params);
  }

  notRunningMessage(): string {
    switch (this.currentState) {
      case 'disabled':
        return 'ILACS is disabled (ilacs.enable) for every folder.';
      case 'failed':
        return `The ILACS checker is not running: ${this.failure ?? 'it stopped'}.`;
      case 'starting':
        return 'The ILACS checker is still starting.';
      default:
        return 'The ILACS checker is not running.';
    }
  }

  start(): Promise<void> {
    return this.enqueue(async () => {
      if (this.client) return;
      if (!isEnabledAnywhere()) {
        this.setState('disabled');
        return;
      }
      this.setState('starting');
      let client: BaseLanguageClient;
      try {
        const settingsFiles = this.options.sendSettingsFiles ? await readSettingsFiles() : undefined;
        client = await this.createClient(clientId, clientName, this.clientOptions(settingsFiles));
      } catch (error) {
        // A worker that cannot even be created or loaded (the web), say.
        this.fail(error instanceof Error ? error.message : String(error));
        return;
      }
      this.client = client;
      client.onNotification(draftStatusNotification, (status: DraftStatus) => this.statuses.update(status));
      client.onDidChangeState((event) => {
        if (client !== this.client) return;
        if (event.newState === State.Running) this.setState('running');
        // The client retries a server that crashed as it started; until one attempt runs, the failure stays shown.
        else if (event.newState === State.Starting) {
          if (this.currentState !== 'failed') this.setState('starting');
        } else if (event.newState === State.StartFailed)
          this.fail('the language server could not start; see the output, then run "ILACS: Restart language server"');
        // Stopped while it should run: it crashed more often than the client restarts it.
        else if (this.currentState === 'running') this.fail('the language server stopped; run "ILACS: Restart language server"');
      });
      try {
        await withTimeout(client.start(), startTimeoutMs, `it did not answer within ${startTimeoutMs / 1000} s`);
      } catch (error) {
        if (client === this.client) this.fail(error instanceof Error ? error.message : String(error));
        return;
      }
      if (client !== this.client) return;
      this.setState('running');
      if (this.options.sendSettingsFiles) {
        this.settingsWatcher = new SettingsFileWatcher((files) => {
          if (client === this.client && this.currentState === 'running')
            void client.sendNotification(configFilesNotification, { files }).catch(() => undefined);
        });
      }
    });
  }

  stop(): Promise<void> {
    return this.enqueue(async () => {
      const client = this.client;
      // Forgotten first: its state events and notifications are no longer this controller's business.
      this.client = undefined;
      this.settingsWatcher?.dispose();
      this.settingsWatcher = undefined;
      this.statuses.clear();
      try {
        if (client?.isRunning()) await client.stop();
        else await client?.dispose();
      } finally {
        this.setState('stopped');
      }
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  showOutput(): void {
    this.output.show(true);
  }

  dispose(): void {
    void this.stop().finally(() => {
      this.output.dispose();
      this.statuses.dispose();
      this.stateChanged.dispose();
    });
  }

  private setState(state: ServerState): void {
    if (state !== 'failed') this.failure = undefined;
    if (state === this.currentState) return;
    this.currentState = state;
    this.stateChanged.fire(state);
  }

  private fail(reason: string): void {
    this.failure = reason;
    this.statuses.clear();
    this.output.error(`The ILACS checker is not running: ${reason}`);
    if (this.currentState === 'failed') return;
    this.currentState = 'failed';
    this.stateChanged.fire('failed');
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch((error: unknown) => this.output.error(error instanceof Error ? error : String(error)));
    return next;
  }

  private clientOptions(configFiles: ConfigFileText[] | undefined): LanguageClientOptions {
    const initializationOptions: InitializationOptions = { diagnosticMode: 'pull', ...(configFiles ? { configFiles } : {}) };
    const ifEnabled =
      <T>(uriOf: (value: T) => vscode.Uri) =>
      (value: T, next: (value: T) => Promise<void>): Promise<void> =>
        isEnabledFor(uriOf(value)) ? next(value) : Promise.resolve();
    return {
      documentSelector: this.options.documentSelector,
      outputChannel: this.output,
      // VS Code pulls on open and on save, and on each change unless the document's folder checks on save only.
      diagnosticPullOptions: {
        onChange: true,
        onSave: true,
        onTabs: false,
        filter: (document, mode) => mode === DiagnosticPullMode.onType && runModeFor(document.uri) === 'onSave',
      },
      // No `synchronize.configurationSection`: the server needs no VS Code setting, and the client's own
      // listener raced the restart that `ilacs.enable` causes ("Sending notification
      // workspace/didChangeConfiguration failed: Starting server failed").
      initializationOptions,
      middleware: {
        // A document in a folder with `ilacs.enable: false` is never sent, so nothing about it is answered.
        didOpen: ifEnabled((document: vscode.TextDocument) => document.uri),
        didChange: ifEnabled((event: vscode.TextDocumentChangeEvent) => event.document.uri),
        didSave: ifEnabled((document: vscode.TextDocument) => document.uri),
        didClose: ifEnabled((document: vscode.TextDocument) => document.uri),
        handleDiagnostics: (uri, diagnostics, next) => {
          linkRuleDocs(diagnostics);
          next(uri, diagnostics);
        },
        provideDiagnostics: async (document, previousResultId, token, next) => {
          const report = await next(document, previousResultId, token);
          if (report && 'items' in report) linkRuleDocs(report.items);
          return report;
        },
      },
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
