import type { DraftStatus } from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';

/**
 * What the server last said about each open document (`ilacs/draftStatus`): whether it is a draft,
 * its type and framework, and its problem counts. The client parses nothing itself.
 */
export class DraftStatusStore implements vscode.Disposable {
  private readonly byUri = new Map<string, DraftStatus>();
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with the URI whose status changed, or undefined when all were forgotten. */
  readonly onDidChange = this.changed.event;
  private readonly closing = vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString()));

  update(status: DraftStatus): void {
    const known = this.byUri.get(status.uri);
    // Statuses can cross: a pull for version 5 may answer after the one for version 6.
    if (known && known.version > status.version) return;
    this.byUri.set(status.uri, status);
    this.changed.fire(status.uri);
  }

  get(uri: vscode.Uri): DraftStatus | undefined {
    return this.byUri.get(uri.toString());
  }

  /** The server stopped: what it said no longer holds. */
  clear(): void {
    this.byUri.clear();
    this.changed.fire(undefined);
  }

  private forget(uri: string): void {
    if (this.byUri.delete(uri)) this.changed.fire(uri);
  }

  dispose(): void {
    this.closing.dispose();
    this.changed.dispose();
  }
}
