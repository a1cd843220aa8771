import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';

/** Builds a client for where the extension runs: a Node process (desktop) or a web worker (vscode.dev). */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export const clientId = 'ilacs';
export const clientName = 'ILACS language server';

/**
 * Starts, stops and restarts the language server as the settings say. Linting itself is the
 * server's job; the client only decides whether it runs and when VS Code asks for diagnostics.
 */
export class LanguageClientController implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private readonly output = vscode.window.createOutputChannel(clientName, { log: true });
  /** Serialises start, stop and restart, so quick setting changes cannot interleave them. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly createClient: ClientFactory,
    private readonly documentSelector: DocumentSelector,
  ) {}

  /** The running client, if the server is enabled. */
  get current(): BaseLanguageClient | undefined {
    return this.client;
  }

  start(): Promise<void> {
    return this.enqueue(async () => {
      if (this.client || !vscode.workspace.getConfiguration('ilacs').get<boolean>('enable', true)) return;
      const client = this.createClient(clientId, clientName, this.clientOptions());
      this.client = client;
      await client.start();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(async () => {
      const client = this.client;
      this.client = undefined;
      if (client?.isRunning()) await client.stop();
      else await client?.dispose();
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
    this.output.dispose();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch((error: unknown) => this.output.error(error instanceof Error ? error : String(error)));
    return next;
  }

  private clientOptions(): LanguageClientOptions {
    const run = vscode.workspace.getConfiguration('ilacs').get<'onType' | 'onSave'>('run', 'onType');
    return {
      documentSelector: this.documentSelector,
      outputChannel: this.output,
      // The server answers pull requests when the client supports them; VS Code then asks on open,
      // on change (unless linting on save only) and on save.
      diagnosticPullOptions: { onChange: run === 'onType', onSave: true, onTabs: false },
      synchronize: { configurationSection: 'ilacs' },
      initializationOptions: { diagnosticMode: 'pull' },
    };
  }
}
