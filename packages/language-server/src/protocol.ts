/**
 * The ILACS additions to the Language Server Protocol: message names and their shapes, shared by the
 * server and the VS Code client. Names and types only, with no imports, so a client that includes
 * this file bundles nothing of the core (as vscode-eslint's client knows `eslint/status` and nothing
 * of ESLint). Every message is optional for other LSP clients: the server works without them.
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
