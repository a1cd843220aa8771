import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinDomain, draftSkeleton } from '@ilacs/core';
import { findAuthority, suggestAuthorities } from '@ilacs/core/framework';
import { isValidIsoDate } from '@ilacs/core/cadence';
import { UsageError } from '../files.js';
import type { Command } from './types.js';

const documentTypeIds = builtinDomain.documentTypes.map((t) => t.id);

export const newCommand: Command = {
  name: 'new',
  summary: 'Write a new draft skeleton: front matter, title, judgement table and empty sections.',
  usage: `ilacs new <type> --la <authority> --start <YYYY-MM-DD> [options]

Types: ${documentTypeIds.join(', ')}.
The framework (and so the judgement table and sections) follows from the start date. An existing
file is never overwritten.

Options:
      --la <authority>      The local authority, by name or alias ("Hull", "Kirklees Council")
      --start <date>        First day on site, or first day of the period for a self-evaluation
      --end <date>          Last day (default: from the type: Friday of week 1 or 2, the next day, a year)
  -o, --output <file>       Where to write (default: <start>-<authority>-<type>.md here; "-" prints it)
  -h, --help                Show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        la: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const [type, ...extra] = positionals;
    if (type === undefined) throw new UsageError(`Expected a document type: one of ${documentTypeIds.join(', ')}.`);
    if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
    if (!builtinDomain.documentType(type)) throw new UsageError(`Unknown type "${type}": expected one of ${documentTypeIds.join(', ')}.`);
    if (values.la === undefined) throw new UsageError('Expected --la <authority>.');
    const authority = findAuthority(values.la);
    if (!authority) {
      const close = suggestAuthorities(values.la);
      throw new UsageError(
        `Unknown local authority "${values.la}"${close.length ? `: did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '.'}`,
      );
    }
    const start = checkedDate('--start', values.start);
    const end = values.end === undefined ? undefined : checkedDate('--end', values.end);
    if (end !== undefined && end < start) throw new UsageError(`--end ${end} is before --start ${start}.`);

    const text = draftSkeleton({ type, authority: authority.name, start, ...(end ? { end } : {}) });
    if (values.output === '-') {
      io.stdout(text);
      return 0;
    }
    const slug = authority.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const target = resolve(io.cwd, values.output ?? `${start}-${slug}-${type}.md`);
    try {
      writeFileSync(target, text, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(
        `ilacs new: ${relative(io.cwd, target)} ${code === 'EEXIST' ? 'already exists: it was not overwritten' : `cannot be written (${code ?? (error as Error).message})`}.\n`,
      );
      return 2;
    }
    io.stdout(`Wrote ${relative(io.cwd, target)}\n`);
    return 0;
  },
};

function checkedDate(option: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(`Expected ${option} <YYYY-MM-DD>.`);
  if (!isValidIsoDate(value)) throw new UsageError(`${option} "${value}": expected a real date written YYYY-MM-DD.`);
  return value;
}
