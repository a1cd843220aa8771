import { parseArgs } from 'node:util';
import { lintText } from '@ilacs/core';
import { ConfigError, ConfigResolver } from '@ilacs/config';
import { expandPaths, readText, UsageError } from '../files.js';
import { formatters, type FileResult } from '../formatters/index.js';
import type { Command } from './types.js';

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check drafts (Markdown with `ilacs` front matter) and report problems.',
  usage: `ilacs lint [options] <files, folders or globs...>

Options:
  -f, --format <name>   Output format: ${Object.keys(formatters).join(', ')} (default: stylish)
  -h, --help            Show this help

Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or internal failure.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const formatter = formatters[values.format];
    if (!formatter) throw new UsageError(`Unknown format "${values.format}": expected one of: ${Object.keys(formatters).join(', ')}.`);
    if (positionals.length === 0) throw new UsageError('No files given: expected files, folders or globs to lint, as "ilacs lint drafts/".');

    const files = await expandPaths(positionals, io.cwd);
    const resolver = new ConfigResolver();
    const results: FileResult[] = [];
    for (const file of files) {
      const { config } = resolver.resolveFor(file);
      const source = readText(file);
      const { diagnostics, draft } = lintText(source, { config });
      if (!draft.isDraft) continue;
      results.push({ filePath: file, diagnostics, source });
    }
    const color = io.isTTY && io.env.NO_COLOR === undefined && values.format === 'stylish';
    const output = formatter(results, { cwd: io.cwd, color });
    if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
    return errors > 0 ? 1 : 0;
  },
};

export { ConfigError };
