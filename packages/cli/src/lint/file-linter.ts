import { dirname } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lintText, type Diagnostic, type LintConfig, type ParsedDraft } from '@ilacs/core';
import { LineIndex } from '@ilacs/core/tools';
import { ConfigError, ConfigResolver, encodeText, type EncodingProblem, type ResolvedConfig } from '@ilacs/config';
import { shownPath, type LintTarget } from '../files.js';
import type { FileResult } from '../formatters/index.js';
import { fixSource } from './fix-source.js';
import { describeReadError, readDraftFile, whyNotADraft, type DraftFile } from './read-draft.js';
import { lintConfigFor, type RunSettings } from './run-config.js';
import { lintWithSuppressed } from './suppressed.js';
import { removeStaleTemporaryFiles, writeFixedFile } from './write-fix.js';

export const stdinName = '<stdin>';

/** The rule id of the diagnostic given to a draft whose bytes are not valid in its encoding. */
export const fileEncodingRuleId = 'file-encoding';

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
  /** Work out what disable directives suppressed (the json format lists it). */
  wantSuppressed?: boolean;
  /** Where --fix may write (see ExpandedPaths). */
  writeRoots?: string[];
}

/** What linting one file gave: nothing (ignored, or not a draft), a result, a diff, a failure (exit 2) and/or notices to print. */
export interface FileOutcome {
  result?: FileResult;
  patch?: string;
  failure?: string;
  notices?: string[];
}

/** Lints files one at a time, resolving each one's configuration and ignores through @ilacs/config. */
export class FileLinter {
  private readonly resolver: ConfigResolver;
  private readonly foldersSwept = new Set<string>();

  constructor(private readonly options: FileLinterOptions) {
    this.resolver = new ConfigResolver({
      ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
      ...(options.noConfig ? { noConfig: true } : {}),
    });
  }

  isIgnored(path: string): boolean {
    return this.options.useIgnores && this.resolver.isIgnored(path);
  }

  /** What `--print-config` shows: the files that applied, and the configuration a draft there is linted with. Throws ConfigError. */
  configFor(path: string): { resolved: ResolvedConfig; lintConfig: LintConfig; ignored: boolean } {
    const resolved = this.resolver.resolveFor(path);
    return { resolved, lintConfig: lintConfigFor(resolved.config, this.options.settings), ignored: this.isIgnored(path) };
  }

  /** A file on disk: skipped when ignored; read, linted and (with a fix mode) fixed. */
  lintFile(target: LintTarget): FileOutcome {
    const shown = shownPath(target.path, this.options.cwd);
    try {
      if (this.isIgnored(target.path)) {
        return target.named
          ? { notices: [`${shown} is ignored (by an .ilacsignore file or a configuration's "ignores"); use --no-ignore to lint it.`] }
          : {};
      }
    } catch (error) {
      return configFailure(error);
    }
    const notices = this.options.fixMode === 'write' ? this.sweep(dirname(target.path)) : [];
    let file: DraftFile;
    try {
      file = readDraftFile(target.path);
    } catch (error) {
      return { failure: `cannot read ${shown}: ${describeReadError(error)}`, ...withNotices(notices) };
    }
    const outcome = this.lintSource(target.path, file.text, target.path, false, file);
    if (notices.length) outcome.notices = [...notices, ...(outcome.notices ?? [])];
    if (target.named && !outcome.result && !outcome.failure) {
      const why = whyNotADraft(file, target.path);
      if (why.mistake) outcome.failure = `${shown} ${why.reason}.`;
      else (outcome.notices ??= []).push(`${shown} ${why.reason}.`);
    }
    return outcome;
  }

  /**
   * Text standing for `filePath`; configuration is looked up from `configPath` (a folder for bare
   * standard input). `file` is what was read from disk, which --fix may rewrite.
   */
  lintSource(filePath: string, text: string, configPath: string, isFolder: boolean, file?: DraftFile): FileOutcome {
    let fileConfig;
    try {
      fileConfig = this.resolver.resolveFor(configPath, isFolder).config;
    } catch (error) {
      return configFailure(error);
    }
    const config = lintConfigFor(fileConfig, this.options.settings);
    const linted = this.lint(text, config);
    if (!linted.draft.isDraft) return {};
    const problem = file?.encodingProblem;
    const diagnostics = problem ? withEncodingProblem(linted.diagnostics, problem, text, file.encoding) : linted.diagnostics;
    const suppressed = linted.suppressed;
    const asRead: FileResult = { filePath, diagnostics, text, source: text, ...(suppressed ? { suppressed } : {}) };
    const fixMode = this.options.fixMode;
    // Text that was not valid in its encoding is never written back: U+FFFD would replace the user's bytes.
    if (!fixMode || problem || !diagnostics.some((d) => d.fix)) return { result: asRead };

    // The parse made for reporting is reused by the first fix pass; what remains comes back with the output.
    const fixed = fixSource(text, { config, draft: linted.draft });
    const output = fixed.output;
    if (output === text) return { result: asRead };
    const remaining = this.options.wantSuppressed
      ? this.lint(output, config)
      : { diagnostics: fixed.diagnostics ?? lintText(output, { config }).diagnostics, suppressed: undefined };
    const fixedResult: FileResult = {
      filePath,
      diagnostics: remaining.diagnostics,
      text: output,
      source: text,
      output,
      fixed: fixed.fixed,
      ...(remaining.suppressed ? { suppressed: remaining.suppressed } : {}),
    };
    const shown = filePath === stdinName ? filePath : shownPath(filePath, this.options.cwd);
    if (fixMode === 'diff') return { result: fixedResult, patch: createTwoFilesPatch(shown, shown, text, output) };
    if (!file) return { result: asRead };
    try {
      const written = writeFixedFile(filePath, this.options.writeRoots ?? [], file, encodeText(output, file.encoding));
      if (!written.written) return { result: asRead, failure: `${shown} was not fixed: ${written.reason}.` };
    } catch (error) {
      return { result: asRead, failure: `cannot write ${shown}: ${describeReadError(error)}` };
    }
    return { result: fixedResult };
  }

  /** Lints, and with `wantSuppressed` also finds what directives suppressed. */
  private lint(text: string, config: LintConfig): { draft: ParsedDraft; diagnostics: Diagnostic[]; suppressed?: Diagnostic[] } {
    if (!this.options.wantSuppressed) return lintText(text, { config });
    const { linted, suppressed } = lintWithSuppressed(text, config);
    return { draft: linted.draft, diagnostics: linted.diagnostics, suppressed };
  }

  /** Once per folder in a --fix run: remove what an earlier, killed --fix left there. */
  private sweep(folder: string): string[] {
    if (this.foldersSwept.has(folder)) return [];
    this.foldersSwept.add(folder);
    return removeStaleTemporaryFiles(folder).map(
      (path) => `removed ${shownPath(path, this.options.cwd)}, a temporary file left by an interrupted --fix.`,
    );
  }
}

function withEncodingProblem(diagnostics: Diagnostic[], problem: EncodingProblem, text: string, encoding: string): Diagnostic[] {
  const lines = new LineIndex(text);
  const start = Math.min(problem.textOffset, text.length);
  const end = Math.min(start + 1, text.length);
  const diagnostic: Diagnostic = {
    ruleId: fileEncodingRuleId,
    severity: 'error',
    message: `The file is not valid ${encoding.toUpperCase()} here: ${problem.detail}. It was checked with U+FFFD in place of what could not be read, and --fix will not change it: save it as UTF-8.`,
    range: { start, end },
    start: lines.positionAt(start),
    end: lines.positionAt(end),
  };
  return [diagnostic, ...diagnostics].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

function withNotices(notices: string[]): Pick<FileOutcome, 'notices'> {
  return notices.length ? { notices } : {};
}

/** A bad configuration file becomes the file's failure (exit 2), located, rather than an exception: workers cannot throw one across. */
function configFailure(error: unknown): FileOutcome {
  if (error instanceof ConfigError) return { failure: `invalid configuration: ${error.message}` };
  throw error;
}
