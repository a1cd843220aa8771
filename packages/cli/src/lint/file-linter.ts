import { relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import writeFileAtomic from 'write-file-atomic';
import { lintText, type Diagnostic } from '@ilacs/core';
import { ConfigError, ConfigResolver } from '@ilacs/config';
import { readText } from '../files.js';
import type { FileResult } from '../formatters/index.js';
import { fixSource } from './fix-source.js';
import { lintConfigFor, type RunSettings } from './run-config.js';

export const stdinName = '<stdin>';

/** Everything a lint run needs per file; plain data, so that worker threads can be given it. */
export interface FileLinterOptions {
  cwd: string;
  settings: RunSettings;
  /** `--config`: this file for every draft. */
  configFile?: string;
  /** `--no-config`. */
  noConfig?: boolean;
  /** `--fix` writes the files, `--fix-dry-run` makes a diff. */
  fixMode?: 'write' | 'diff';
  /** False with `--no-ignore`. */
  useIgnores: boolean;
}

/** What linting one file gave: nothing (ignored, or not a draft), a result, a diff, and/or a failure to report. */
export interface FileOutcome {
  result?: FileResult;
  patch?: string;
  failure?: string;
}

/** Lints files one at a time, resolving each one's configuration and ignores through @ilacs/config. */
export class FileLinter {
  private readonly resolver: ConfigResolver;

  constructor(private readonly options: FileLinterOptions) {
    this.resolver = new ConfigResolver({
      ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
      ...(options.noConfig ? { noConfig: true } : {}),
    });
  }

  isIgnored(path: string): boolean {
    return this.options.useIgnores && this.resolver.isIgnored(path);
  }

  /** A file on disk: skipped when ignored; read, linted and (with a fix mode) fixed. */
  lintFile(file: string): FileOutcome {
    try {
      if (this.isIgnored(file)) return {};
    } catch (error) {
      return configFailure(error);
    }
    let source: string;
    try {
      source = readText(file);
    } catch (error) {
      return { failure: `cannot read ${relative(this.options.cwd, file)}: ${errorCode(error)}` };
    }
    return this.lintSource(file, source, file, false);
  }

  /** Text standing for `filePath`; configuration is looked up from `configPath` (a folder for bare standard input). */
  lintSource(filePath: string, source: string, configPath: string, isFolder: boolean): FileOutcome {
    let fileConfig;
    try {
      fileConfig = this.resolver.resolveFor(configPath, isFolder).config;
    } catch (error) {
      return configFailure(error);
    }
    const config = lintConfigFor(fileConfig, this.options.settings);
    const linted = lintText(source, { config });
    if (!linted.draft.isDraft) return {};
    const fixMode = this.options.fixMode;
    if (!fixMode || !linted.diagnostics.some((d) => d.fix)) return { result: { filePath, diagnostics: linted.diagnostics } };

    // The parse made for reporting is reused by the first fix pass; what remains comes back with the output.
    const fixed = fixSource(source, { config, draft: linted.draft });
    const output = fixed.output;
    if (output === source) return { result: { filePath, diagnostics: linted.diagnostics } };
    const shown = filePath === stdinName ? filePath : relative(this.options.cwd, filePath);
    const remaining: Diagnostic[] = fixed.diagnostics ?? lintText(output, { config }).diagnostics;
    if (fixMode === 'diff') return { result: { filePath, diagnostics: remaining }, patch: createTwoFilesPatch(shown, shown, source, output) };
    try {
      // A temporary file in the same folder, renamed over the original: keeps its mode, never half-written.
      writeFileAtomic.sync(filePath, output);
    } catch (error) {
      return { result: { filePath, diagnostics: linted.diagnostics }, failure: `cannot write ${shown}: ${errorCode(error)}` };
    }
    return { result: { filePath, diagnostics: remaining } };
  }
}

/** A bad configuration file becomes the file's failure (exit 2), located, rather than an exception: workers cannot throw one across. */
function configFailure(error: unknown): FileOutcome {
  if (error instanceof ConfigError) return { failure: `invalid configuration: ${error.message}` };
  throw error;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
