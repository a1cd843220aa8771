import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '@ilacs/core';
import { expandPaths, UsageError } from '../files.js';
import { formatters } from '../formatters/index.js';
import { FileLinter, stdinName, type FileLinterOptions, type FileOutcome } from '../lint/file-linter.js';
import { lintFiles } from '../lint/parallel.js';
import { parseRuleOverrides } from '../lint/rule-overrides.js';
import type { Command, CommandIo } from './types.js';

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check drafts (Markdown with `ilacs` front matter) and report problems.',
  usage: `ilacs lint [options] <files, folders or globs...>

Folders are walked for Markdown files; files without \`ilacs\` front matter are skipped silently, and
node_modules and .git are never entered.

Options:
  -f, --format <name>        Output format: ${Object.keys(formatters).join(', ')} (default: stylish)
      --fix                  Apply the rules' fixes to the files, then report what remains
      --fix-dry-run          Print the fixes as a unified diff; change nothing
      --max-warnings <n>     Exit 1 when there are more than n warnings
  -q, --quiet                Errors only: rules below error level are not run
      --stdin                Lint standard input
      --stdin-filename <f>   The path standard input stands for (configuration and reports)
  -c, --config <file>        Use this configuration file for every draft
      --no-config            Use no configuration file
      --rule <id:severity>   Set a rule's severity (off, info, warning, error); repeatable
      --no-ignore            Lint files that .ilacsignore or "ignores" would skip
      --concurrency <n>      Threads to lint with: a number, "off" (one) or "auto" (default: spare
                             cores, when there are at least 40 files for each)
  -h, --help                 Show this help

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 usage, configuration or internal failure.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        'no-ignore': { type: 'boolean' },
        concurrency: { type: 'string', default: 'auto' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const formatter = formatters[values.format];
    if (!formatter) throw new UsageError(`Unknown format "${values.format}": expected one of: ${Object.keys(formatters).join(', ')}.`);
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    const concurrency = parseConcurrency(values.concurrency);
    if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together.');
    if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
    if (values.stdin && values.fix) throw new UsageError('--fix cannot write to standard input: use --fix-dry-run to see the fixes.');
    if (values.stdin && positionals.length > 0) throw new UsageError('--stdin takes no files as well.');
    if (!values.stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename needs --stdin.');
    if (!values.stdin && positionals.length === 0) throw new UsageError('No files given: expected files, folders or globs to lint, as "ilacs lint drafts/".');

    const fixMode = values.fix ? 'write' : values['fix-dry-run'] ? 'diff' : undefined;
    const options: FileLinterOptions = {
      cwd: io.cwd,
      settings: { ruleOverrides: parseRuleOverrides(values.rule ?? []), errorsOnly: values.quiet === true },
      ...(values.config !== undefined ? { configFile: resolve(io.cwd, values.config) } : {}),
      ...(values['no-config'] ? { noConfig: true } : {}),
      ...(fixMode ? { fixMode } : {}),
      useIgnores: !values['no-ignore'],
    };

    let outcomes: FileOutcome[];
    if (values.stdin) {
      const linter = new FileLinter(options);
      const name = values['stdin-filename'];
      const source = await io.readStdin();
      const filePath = name === undefined ? undefined : resolve(io.cwd, name);
      if (filePath === undefined) outcomes = [linter.lintSource(stdinName, source, io.cwd, true)];
      else outcomes = linter.isIgnored(filePath) ? [] : [linter.lintSource(filePath, source, filePath, false)];
    } else {
      outcomes = await lintFiles(await expandPaths(positionals, io.cwd), options, concurrency, io.workerScript);
    }
    const results = outcomes.flatMap((o) => (o.result ? [o.result] : []));
    const patches = outcomes.flatMap((o) => (o.patch ? [o.patch] : []));
    // One bad configuration file fails every file under it: say so once.
    const failures = [...new Set(outcomes.flatMap((o) => (o.failure ? [o.failure] : [])))];
    for (const failure of failures) io.stderr(`ilacs: ${failure}\n`);
    // Not an error (a pre-commit run may pass only ordinary Markdown), but never a silent "all clean".
    if (!values.stdin && results.length === 0 && failures.length === 0) {
      io.stderr(`ilacs: no drafts (Markdown files with \`ilacs\` front matter) found in: ${positionals.join(', ')}\n`);
    }

    if (fixMode === 'diff') {
      if (patches.length) io.stdout(patches.join(''));
    } else {
      const color = values.format === 'stylish' && wantsColor(io);
      const output = formatter(results, { cwd: io.cwd, color });
      if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    }
    if (failures.length > 0) return 2;
    const count = (severity: Diagnostic['severity']) => results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
    if (count('error') > 0) return 1;
    const warnings = count('warning');
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr(`ilacs: ${warnings} warnings, more than --max-warnings ${maxWarnings} allows.\n`);
      return 1;
    }
    return 0;
  },
};

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--max-warnings "${value}": expected a whole number, 0 or more.`);
  return Number(value);
}

function parseConcurrency(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (value === 'off') return 1;
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1) throw new UsageError(`--concurrency "${value}": expected a number of threads (1 or more), "off" or "auto".`);
  return Number(value);
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
function wantsColor(io: CommandIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}
