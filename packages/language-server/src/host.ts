import type { IlacsConfig, Rule } from '@ilacs/core';
import type { LoadConvert } from './features/convert.js';
import type { LintRunner } from './lint-runner.js';

/** A configuration file that cannot be used: where (1-based, as the CLI prints it) and why. */
export interface ConfigProblem {
  /** The configuration file's URI, when it has one. */
  uri?: string;
  line: number;
  column: number;
  message: string;
}

export interface ConfigLookup {
  config: IlacsConfig;
  /** The file the configuration came from. */
  source?: string;
  /** The same file as a URI. */
  sourceUri?: string;
  /** Set when the nearest configuration file is broken; `config` is then empty (defaults). */
  problem?: ConfigProblem;
  /** The file is skipped by `.ilacsignore` or the configuration's `ignores`, as the CLI skips it: no diagnostics. */
  ignored?: boolean;
}

/**
 * What the server needs from where it runs. Node resolves configuration from files with
 * `@ilacs/config`, exactly as the CLI does; a browser worker has no file system and takes it from
 * the client. Everything else in the server is the same code.
 */
export interface ServerHost {
  /** The configuration for a document (nearest file up from it, for file URIs). */
  configFor(documentUri: string): ConfigLookup;
  /** Whether a URI names a configuration file, whose change must re-lint open drafts. */
  isConfigFile(uri: string): boolean;
  /** Forget cached configuration: a configuration file or the client's settings changed. */
  configChanged(settings?: unknown): void;
  /** Workspace folders, for documents without a file path (untitled). */
  setWorkspaceFolders(uris: readonly string[]): void;
  /** The text of the workspace's configuration and ignore files, for a host that cannot read them (the browser). */
  setConfigFiles?(files: readonly { uri: string; text: string }[]): void;
  /** The rules to run; the built-in rules when absent (an embedding app may add its own). */
  readonly rules?: readonly Rule[];
  /** Where linting and fixing run (a worker thread on Node); this thread, a job per turn, when absent. */
  createLintRunner?(log: (message: string) => void): LintRunner;
  /** The PDF and Word conversion (import and export), loaded on first use; absent where it is not shipped (the browser). */
  readonly loadConvert?: LoadConvert;
}
