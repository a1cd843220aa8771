import type { ConfigFileText } from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';
import { settingsFilesExclude, settingsFilesGlob } from './settings-files.js';

/** More settings files than any workspace keeps: the rest are not read. */
const maxFiles = 1000;
/** As the Node server refuses larger ones (`@ilacs/config`'s maxSettingsFileBytes). */
const maxBytes = 1024 * 1024;

/**
 * The text of every `.ilacsrc.*` and `.ilacsignore` in the workspace, read through VS Code's file
 * system (so a GitHub repository on vscode.dev works), for a server that cannot read files. A file that
 * cannot be read is left out; one that is too large is sent as too large, so the server says so.
 */
export async function readSettingsFiles(): Promise<ConfigFileText[]> {
  const uris = await vscode.workspace.findFiles(settingsFilesGlob, settingsFilesExclude, maxFiles);
  const decoder = new TextDecoder();
  const files = await Promise.all(
    uris.map(async (uri): Promise<ConfigFileText | undefined> => {
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        return { uri: uri.toString(), text: bytes.byteLength > maxBytes ? ' '.repeat(maxBytes + 1) : decoder.decode(bytes) };
      } catch {
        return undefined;
      }
    }),
  );
  return files.filter((file): file is ConfigFileText => file !== undefined).sort((a, b) => a.uri.localeCompare(b.uri));
}

/** Reads the settings files again whenever one is created, changed or deleted, or the folders change, and hands them on. */
export class SettingsFileWatcher implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: (files: ConfigFileText[]) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(settingsFilesGlob);
    const changed = () => this.schedule();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeWorkspaceFolders(changed),
      // Some virtual file systems do not report their own saves to watchers.
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (vscode.languages.match({ pattern: settingsFilesGlob }, document) > 0) changed();
      }),
    );
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    // A checkout changes many files at once: read them once it settles.
    this.timer = setTimeout(() => void readSettingsFiles().then(this.send), 200);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
