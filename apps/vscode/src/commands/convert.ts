import {
  decodeBytes,
  encodeBytes,
  exportDraftRequest,
  exportFormats,
  importDocumentRequest,
  maxConvertBytes,
  type ConversionWarning,
  type ExportDraftParams,
  type ExportDraftResult,
  type ExportFormat,
  type ImportDocumentParams,
  type ImportDocumentResult,
} from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';
import type { LanguageClientController } from '../language-client.js';

/**
 * "Import Ofsted PDF or Word document as draft" and "Export draft to Word/PDF/HTML". The client reads
 * and writes the files (VS Code's file system, whatever the scheme) and asks where; the language server
 * converts, with the code `ilacs import` and `ilacs export` use.
 */

const formats: Record<ExportFormat, { label: string; detail: string }> = {
  docx: {
    label: 'Word document (.docx)',
    detail: 'To edit in Word: styles, the judgement table and numbered paragraphs as Word has them.',
  },
  pdf: { label: 'PDF (.pdf)', detail: 'As Ofsted publishes it: title block, judgement table, numbered paragraphs, page numbers.' },
  html: { label: 'Web page (.html)', detail: 'A standalone page in the same layout, with print styles.' },
};

const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);
const withExtension = (path: string, extension: string) => path.replace(/(\.[^./]*)?$/, `.${extension}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a conversion left for the author, as problems on the draft's lines ("previous" to fill in, a
 * character the PDF's fonts lack). An import's stay until the draft is saved or closed; an export's
 * until the draft is edited, as they describe the file written from it.
 */
export class ConversionWarnings implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('ilacs-convert');
  private readonly clearOnEdit = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    const clear = (uri: vscode.Uri) => {
      this.collection.delete(uri);
      this.clearOnEdit.delete(uri.toString());
    };
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.clearOnEdit.has(event.document.uri.toString())) clear(event.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => clear(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => clear(document.uri)),
    ];
  }

  show(document: vscode.TextDocument, warnings: readonly ConversionWarning[], from: 'import' | 'export'): void {
    const diagnostics = warnings.map((warning) => {
      const line = Math.min(Math.max((warning.line ?? 1) - 1, 0), document.lineCount - 1);
      const where = warning.where ? ` [${warning.where}]` : '';
      const diagnostic = new vscode.Diagnostic(
        document.lineAt(line).range,
        `${warning.message}${where}`,
        warning.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = `ilacs ${from}`;
      diagnostic.code = warning.code;
      return diagnostic;
    });
    this.collection.set(document.uri, diagnostics);
    if (from === 'export') this.clearOnEdit.add(document.uri.toString());
    else this.clearOnEdit.delete(document.uri.toString());
  }

  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

/** A name beside `source` for the new draft that no file has yet ("report.md", then "report-2.md"...): saving it never replaces a file. */
async function draftBeside(source: vscode.Uri): Promise<vscode.Uri> {
  const base = withExtension(source.path, 'md').slice(0, -'.md'.length);
  for (let n = 1; ; n++) {
    const candidate = source.with({ path: `${base}${n === 1 ? '' : `-${n}`}.md` });
    if (!(await exists(candidate))) return candidate;
  }
}

/**
 * Reads a PDF or Word document, has the server turn it into a draft and opens that as a new, unsaved
 * document named after it, with what the author must check shown as problems. Returns the document
 * (undefined when cancelled or refused).
 */
export async function importDocument(
  controller: LanguageClientController,
  warnings: ConversionWarnings,
  given?: vscode.Uri,
): Promise<vscode.TextDocument | undefined> {
  const source =
    given ??
    (
      await vscode.window.showOpenDialog({
        title: 'Import an Ofsted PDF or Word document as a draft',
        openLabel: 'Import as draft',
        canSelectMany: false,
        filters: { 'Ofsted PDF or Word document': ['pdf', 'docx'] },
      })
    )?.[0];
  if (!source) return undefined;
  const name = fileName(source);
  try {
    const { size } = await vscode.workspace.fs.stat(source);
    if (size > maxConvertBytes)
      throw new Error(`${name} is larger than ${maxConvertBytes / 1024 / 1024} MB: Ofsted's documents are well under that.`);
    const params: ImportDocumentParams = { fileName: name, data: encodeBytes(await vscode.workspace.fs.readFile(source)) };
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `ILACS: importing ${name}` },
      () => controller.request<ImportDocumentResult>(importDocumentRequest, params),
    );
    if (!result.ok) {
      void vscode.window.showErrorMessage(`ILACS: ${result.message}`);
      return undefined;
    }
    // Untitled with a path: the draft is named after the document, and the first save writes it there.
    const target = (await draftBeside(source)).with({ scheme: 'untitled' });
    const document = await vscode.workspace.openTextDocument(target);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, new vscode.Range(0, 0, document.lineCount, 0), result.text);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the new draft could not be written into its editor');
    await vscode.window.showTextDocument(document);
    warnings.show(document, result.warnings, 'import');
    const toCheck = result.warnings.filter((w) => w.severity === 'warning').length;
    void vscode.window.showInformationMessage(
      toCheck > 0
        ? `ILACS: imported ${name}. ${plural(toCheck, 'thing')} to check or fill in: see the Problems panel.`
        : `ILACS: imported ${name}.`,
    );
    return document;
  } catch (error) {
    void vscode.window.showErrorMessage(`ILACS: cannot import ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export interface ExportArguments {
  format?: ExportFormat;
  /** Where to write, instead of asking (tests, keybindings). */
  target?: vscode.Uri;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    exportFormats.map((format) => ({ label: formats[format].label, detail: formats[format].detail, format })),
    { title: 'Export draft', placeHolder: 'Format' },
  );
  return picked?.format;
}

function suggestedTarget(document: vscode.TextDocument, format: ExportFormat): vscode.Uri | undefined {
  if (document.uri.scheme !== 'untitled') return document.uri.with({ path: withExtension(document.uri.path, format) });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `draft.${format}`) : undefined;
}

/**
 * Exports the active draft (its text as the editor has it, saved or not) in Ofsted's layout to a file
 * the author chooses. Returns the file written (undefined when cancelled or refused).
 */
export async function exportDraft(
  controller: LanguageClientController,
  warnings: ConversionWarnings,
  given: ExportArguments = {},
): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'markdown') {
    void vscode.window.showErrorMessage('ILACS: open the draft to export first.');
    return undefined;
  }
  const format = given.format ?? (await pickFormat());
  if (!format) return undefined;
  const defaultUri = suggestedTarget(document, format);
  const target =
    given.target ??
    (await vscode.window.showSaveDialog({
      title: `Export draft to ${formats[format].label}`,
      saveLabel: 'Export',
      filters: { [formats[format].label]: [format] },
      ...(defaultUri ? { defaultUri } : {}),
    }));
  if (!target) return undefined;
  try {
    const params: ExportDraftParams = { uri: document.uri.toString(), text: document.getText(), format };
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `ILACS: exporting to ${fileName(target)}` },
      () => controller.request<ExportDraftResult>(exportDraftRequest, params),
    );
    if (!result.ok) {
      if (result.line !== undefined) {
        const at = new vscode.Position(result.line - 1, Math.max((result.column ?? 1) - 1, 0));
        await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at) });
      }
      void vscode.window.showErrorMessage(`ILACS: ${result.message}`);
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, decodeBytes(result.data));
    warnings.show(document, result.warnings, 'export');
    const noted = result.warnings.filter((w) => w.severity === 'warning').length;
    const open = target.scheme === 'file' ? ['Open'] : [];
    void vscode.window
      .showInformationMessage(
        `ILACS: exported to ${fileName(target)}${noted > 0 ? `, with ${plural(noted, 'warning')}: see the Problems panel` : ''}.`,
        ...open,
      )
      .then((choice) => {
        if (choice === 'Open') void vscode.env.openExternal(target);
      });
    return target;
  } catch (error) {
    void vscode.window.showErrorMessage(
      `ILACS: cannot export to ${fileName(target)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}
