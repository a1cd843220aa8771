/**
 * The ILACS additions to the Language Server Protocol: message names and their shapes, shared by the
 * server and the VS Code client. Names, types and the base64 helpers of the conversion messages, with
 * no imports, so a client that includes this file bundles nothing of the core (as vscode-eslint's
 * client knows `eslint/status` and nothing of ESLint). Every message is optional for other LSP
 * clients: the server works without them.
 */

/** Server to client, whenever a document's diagnostics are computed (pushed or pulled). */
export const draftStatusNotification = 'ilacs/draftStatus';

export interface DraftStatus {
  uri: string;
  version: number;
  /** Markdown whose front matter has an `ilacs` key; nothing else is checked. */
  isDraft: boolean;
  /** Skipped by `.ilacsignore` or the configuration's `ignores`, as the CLI skips it. */
  ignored: boolean;
  documentType?: { id: string; name: string };
  /** The framework in force for the draft's dates; absent until `dates` can be read. */
  framework?: { id: string; name: string };
  errors: number;
  warnings: number;
  infos: number;
}

/** Client to server: the cadence picture for an open draft. */
export const timelineRequest = 'ilacs/timeline';

export interface TimelineParams {
  uri: string;
  /** The history file the client read (`ilacs.timeline.historyFile`): its name decides YAML or CSV. */
  historyFile?: { name: string; text: string };
}

export type TimelineResult =
  | {
      ok: true;
      authority: string;
      /** A standalone SVG, drawn for paper (white background). */
      svg: string;
      /** The width the picture is drawn at, in CSS pixels: below it, text would shrink under its size. */
      width: number;
      notes: string[];
      /** Inspections and visits drawn; 0 when the draft has no `previous` and no history file. */
      events: number;
      /** Where the history file cannot be read (1-based); the picture is drawn without it. */
      historyProblem?: { line: number; column: number; message: string };
    }
  | { ok: false; message: string };

/** Client to server: what "New inspection report draft" offers. */
export const newDraftChoicesRequest = 'ilacs/newDraftChoices';

export interface NewDraftChoices {
  types: { id: string; name: string; description: string; suggestedStart: string; startPrompt: string }[];
  authorities: { name: string; region: string; aliases: string[] }[];
}

/** Client to server: the skeleton of a new draft, as `ilacs new` writes it. */
export const draftSkeletonRequest = 'ilacs/draftSkeleton';

export interface DraftSkeletonParams {
  type: string;
  /** A name or an accepted alias. */
  authority: string;
  /** YYYY-MM-DD: the first day on site, or of the period. */
  start: string;
}

export type DraftSkeletonResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Client to server: the text of every configuration and ignore file in the workspace, for a server
 * that cannot read files (the web worker on vscode.dev). The whole set each time; also accepted as
 * `initializationOptions.configFiles`. A Node server reads the files itself and ignores this.
 */
export const configFilesNotification = 'ilacs/configFiles';

export interface ConfigFileText {
  uri: string;
  text: string;
}

export interface ConfigFilesParams {
  files: ConfigFileText[];
}

/** How diagnostics reach the client: published, pulled, or pulled when the client can. */
export const diagnosticModes = ['push', 'pull', 'auto'] as const;
export type DiagnosticMode = (typeof diagnosticModes)[number];

/** Options a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Quiet time after typing before diagnostics are computed (default 150 ms). */
  debounceMs?: number;
  /** Default "auto"; anything else is logged and treated as "auto". */
  diagnosticMode?: DiagnosticMode;
  /** Configuration for hosts that cannot read files, as one `.ilacsrc` object (applies to every document). */
  config?: object;
  /** Configuration and ignore files for hosts that cannot read files, resolved per document as on disk. */
  configFiles?: ConfigFileText[];
}

/** Client to server: the configuration file for a document, to open it, or the name to create one with. */
export const configFileRequest = 'ilacs/configFile';

export interface ConfigFileParams {
  /** A document; for a folder, any URI inside it. */
  uri: string;
}

export interface ConfigFileResult {
  /** The nearest configuration file that applies to the document, or the broken one that stops it. */
  existing?: string;
  /** The name a new configuration file gets (the first the server looks for in a folder). */
  newFileName: string;
}

/** Client to server: lint a file that is not open (the "lint the workspace" task), from the text the client read. */
export const lintFileRequest = 'ilacs/lintFile';

export interface LintFileParams {
  uri: string;
  text: string;
}

export interface LintFileResult {
  isDraft: boolean;
  /** Skipped by `.ilacsignore` or `ignores`: not linted. */
  ignored: boolean;
  /** LSP diagnostics, as published for open documents. */
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: number | string;
    message: string;
  }[];
  /** The configuration that applies is broken: where and why (1-based). Nothing was linted. */
  configProblem?: { uri?: string; line: number; column: number; message: string };
}

/** What the server can do beyond the protocol, in `InitializeResult.capabilities.experimental.ilacs`. */
export interface IlacsServerCapabilities {
  /** `ilacs/importDocument` and `ilacs/exportDraft` convert (the Node server); the browser server answers them with why not. */
  convert: boolean;
}

/**
 * Client to server: one of Ofsted's published PDFs or a Word document (.docx) as a draft, as
 * `ilacs import` writes it. The client reads the file and sends its bytes; only a server with the
 * conversion code (Node) can answer ok: the browser server says why not.
 */
export const importDocumentRequest = 'ilacs/importDocument';

/** The largest document either conversion request carries (its bytes, before base64). */
export const maxConvertBytes = 32 * 1024 * 1024;

export interface ImportDocumentParams {
  /** The file's name, for its type when its first bytes do not tell and for messages. */
  fileName: string;
  /** The file's bytes in base64 (`encodeBytes`). */
  data: string;
}

/** Something a conversion could not tell or had to decide, for the author to check. */
export interface ConversionWarning {
  code: string;
  severity: 'warning' | 'info';
  message: string;
  /** 1-based line of the draft (the one written by an import, or read by an export). */
  line?: number;
  /** Where in the document that was read: "page 3", "paragraph 12". */
  where?: string;
}

export type ImportDocumentResult =
  | { ok: true; text: string; warnings: ConversionWarning[] }
  /** `code` is the conversion's (`not-pdf`, `pdf-no-text`, ...) when it refused the input. */
  | { ok: false; message: string; code?: string };

/** Client to server: a draft in Ofsted's published layout, as `ilacs export` writes it. */
export const exportDraftRequest = 'ilacs/exportDraft';

export const exportFormats = ['docx', 'pdf', 'html'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportDraftParams {
  /** The draft's URI, for messages. */
  uri: string;
  /** The draft's text as the editor has it, saved or not. */
  text: string;
  format: ExportFormat;
}

export type ExportDraftResult =
  | { ok: true; data: string; warnings: ConversionWarning[] }
  /** `line` and `column` (1-based) where the draft cannot be read. */
  | { ok: false; message: string; code?: string; line?: number; column?: number };

/** Bytes as base64, for the conversion messages (JSON has no bytes); `atob`/`btoa` exist in Node and browsers. */
export function encodeBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function decodeBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}
