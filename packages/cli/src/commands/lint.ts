import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '@ilacs/core';
import { expandPaths, UsageError } from '../files.js';
import { formatters, type Formatter } from '../formatters/index.js';
import { FileLinter, stdinName, type FileLinterOptions, type FileOutcome } from '../lint/file-linter.js';
import { lintFiles } from '../lint/parallel.js';
import { printConfig } from '../lint/print-config.js';
import { parseRuleOverrides } from '../lint/rule-overrides.js';
import { wantsColor, type ColorChoice } from '../output/color.js';
import { didYouMean } from '../output/did-you-mean.js';
import type { Command } from './types.js';

const formatNames = Object.keys(formatters);

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check drafts (Markdown with `ilacs` front matter) and report problems; --fix fixes what it can.',
  usage: `ilacs lint [options] <files, folders or globs...>

Folders are walked for Markdown files (.md and .markdown); files without \`ilacs\` front matter are
skipped (a file named on the command line gets a message saying why), and node_modules and .git are
never entered.

Options:
  -f, --format <name>        Output format: ${formatNames.join(', ')} (default: stylish)
  -o, --output-file <file>   Write the report to this file instead of standard output
      --fix                  Apply the rules' fixes to the files, then report what remains
      --fix-dry-run          Show the fixes (a diff, or "output" in json) and what would remain; change nothing
      --max-warnings <n>     Exit 1 when there are more than n warnings
  -q, --quiet                Errors only: rules below error level are not run
      --stdin                Lint standard input
      --stdin-filename <f>   The path standard input stands for (configuration and reports)
  -c, --config <file>        Use this configuration file for every draft (and no other)
      --no-config            Use no configuration file
      --print-config <file>  Print the configuration files that apply to a file and the configuration
                             it is linted with, then stop
      --rule <id:severity>   Set a rule's severity (off, info, warning, error); repeatable
      --no-ignore            Lint files that .ilacsignore or "ignores" would skip
      --color, --no-color    Colour the stylish output or not (default: on a terminal, unless NO_COLOR
                             is set, FORCE_COLOR=0 or TERM=dumb)
      --concurrency <n>      Threads to lint with: a number, "off" (one) or "auto" (default: spare
                             cores, when there are at least 40 files for each)
  -h, --help                 Show this help

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 usage, configuration, unreadable or unwritable file, or internal failure.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'print-config': { type: 'string' },
        rule: { type: 'string', multiple: true },
        'no-ignore': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        concurrency: { type: 'string', default: 'auto' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (!Object.hasOwn(formatters, values.format))
      throw new UsageError(
        `Unknown format "${values.format}"${didYouMean(values.format, formatNames) || `: expected one of: ${formatNames.join(', ')}`}.`,
      );
    const formatter: Formatter = formatters[values.format]!;
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    const concurrency = parseConcurrency(values.concurrency);
    if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together.');
    if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
    if (values.stdin && values.fix) throw new UsageError('--fix cannot write to standard input: use --fix-dry-run to see the fixes.');
    if (values.stdin && positionals.length > 0) throw new UsageError('--stdin takes no files as well.');
    if (!values.stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename needs --stdin.');

    const fixMode = values.fix ? 'write' : values['fix-dry-run'] ? 'diff' : undefined;
    const options: FileLinterOptions = {
      cwd: io.cwd,
      settings: { ruleOverrides: parseRuleOverrides(values.rule ?? []), errorsOnly: values.quiet === true },
      ...(values.config !== undefined ? { configFile: resolve(io.cwd, values.config) } : {}),
      ...(values['no-config'] ? { noConfig: true } : {}),
      ...(fixMode ? { fixMode } : {}),
      useIgnores: !values['no-ignore'],
      wantSuppressed: values.format === 'json',
    };
    const outputFile = values['output-file'] === undefined ? undefined : resolve(io.cwd, values['output-file']);
    const report = (text: string) => (outputFile === undefined ? (text ? io.stdout(text) : undefined) : writeReport(outputFile, text));

    if (values['print-config'] !== undefined) {
      if (positionals.length > 0 || values.stdin) throw new UsageError('--print-config takes one file and nothing to lint.');
      report(`${printConfig(new FileLinter(options), resolve(io.cwd, values['print-config']))}\n`);
      return 0;
    }
    if (!values.stdin && positionals.length === 0)
      throw new UsageError('No files given: expected files, folders or globs to lint, as "ilacs lint drafts/".');

    let outcomes: FileOutcome[];
    if (values.stdin) {
      const linter = new FileLinter(options);
      const name = values['stdin-filename'];
      const source = await io.readStdin();
      const filePath = name === undefined ? undefined : resolve(io.cwd, name);
      if (filePath === undefined) outcomes = [linter.lintSource(stdinName, source, io.cwd, true)];
      else outcomes = linter.isIgnored(filePath) ? [] : [linter.lintSource(filePath, source, filePath, false)];
    } else {
      const { targets, writeRoots } = await expandPaths(positionals, io.cwd);
      outcomes = await lintFiles(targets, { ...options, writeRoots }, concurrency, io.workerScript);
    }
    const results = outcomes.flatMap((o) => (o.result ? [o.result] : []));
    const patches = outcomes.flatMap((o) => (o.patch ? [o.patch] : []));
    for (const notice of outcomes.flatMap((o) => o.notices ?? [])) io.stderr(`ilacs: ${notice}\n`);
    // One bad configuration file fails every file under it: say so once.
    const failures = [...new Set(outcomes.flatMap((o) => (o.failure ? [o.failure] : [])))];
    for (const failure of failures) io.stderr(`ilacs: ${failure}\n`);
    // Not an error (a pre-commit run may pass only ordinary Markdown), but never a silent "all clean".
    const explained = outcomes.some((o) => o.notices?.length);
    if (!values.stdin && results.length === 0 && failures.length === 0 && !explained) {
      io.stderr(`ilacs: no drafts (Markdown files with \`ilacs\` front matter) found in: ${positionals.join(', ')}\n`);
    }

    const colorChoice: ColorChoice = lastOf(args, '--color', '--no-color');
    const color = values.format === 'stylish' && outputFile === undefined && wantsColor(colorChoice, io.env, io.isTTY);
    const formatted = formatter(results, { cwd: io.cwd, color, ...(fixMode ? { fixMode } : {}) });
    // A diff reads best to people; other formats are for tools, which take the fixed text from "output".
    const diff = fixMode === 'diff' && values.format === 'stylish' ? patches.join('') : '';
    report(diff + (formatted && !formatted.endsWith('\n') ? `${formatted}\n` : formatted));

    if (failures.length > 0) return 2;
    const count = (severity: Diagnostic['severity']) =>
      results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
    if (count('error') > 0) return 1;
    const warnings = count('warning');
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr(`ilacs: ${warnings} warnings, more than --max-warnings ${maxWarnings} allows.\n`);
      return 1;
    }
    return 0;
  },
};

/** Writes the report, creating its folder, as ESLint's --output-file does; a failure is a usage error (exit 2). */
function writeReport(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`Cannot write the report to "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}

/** `--color` and `--no-color`: the later one wins, as with most command-line tools. */
function lastOf(args: readonly string[], on: string, off: string): ColorChoice {
  const onAt = args.lastIndexOf(on);
  const offAt = args.lastIndexOf(off);
  if (onAt === -1 && offAt === -1) return 'auto';
  return onAt > offAt ? 'always' : 'never';
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--max-warnings "${value}": expected a whole number, 0 or more.`);
  return Number(value);
}

function parseConcurrency(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (value === 'off') return 1;
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1)
    throw new UsageError(`--concurrency "${value}": expected a number of threads (1 or more), "off" or "auto".`);
  return Number(value);
}
