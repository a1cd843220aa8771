import { existsSync, readFileSync } from 'node:fs';
import { dirname, basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../files.js';
import { formatWarning, loadConvert, refuseExisting, writeOutput } from './output-file.js';
import type { Command } from './types.js';

const formats = ['docx', 'pdf', 'html'] as const;
type Format = (typeof formats)[number];

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a draft as a Word document, a PDF or a web page in Ofsted’s published layout.',
  usage: `ilacs export <draft.md> --to docx|pdf|html [-o file] [--force]

Lays the draft out as Ofsted publishes it: the title block from the front matter (authority, type,
days on site, lead inspector), the judgement table, headings, numbered paragraphs and bullets; a
letter in letter form (date, text, signature). Word output has real styles, table and numbering and
carries the front matter, so that "ilacs import" gives the draft back. An existing file is never
overwritten without --force.

Options:
      --to <format>     docx, pdf or html
  -o, --output <file>   Where to write (default: beside the draft, with the format's extension;
                        "-" prints HTML)
      --force           Replace the output file if it exists
  -h, --help            Show this help

Exit codes: 0 written, 2 a draft that cannot be read (with its line and column), a usage mistake, or
an output that exists or cannot be written.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const [input, ...extra] = positionals;
    if (input === undefined) throw new UsageError('Expected a draft to export.');
    if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}": one draft at a time.`);
    if (values.to === undefined) throw new UsageError(`Expected --to with one of: ${formats.join(', ')}.`);
    const format = values.to as Format;
    if (!formats.includes(format)) throw new UsageError(`Unknown format "${values.to}": expected one of: ${formats.join(', ')}.`);
    if (values.output === '-' && format !== 'html') throw new UsageError(`A ${format} file is binary: give -o <file> instead of "-".`);
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, input), 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read "${input}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }

    const target =
      values.output === '-'
        ? undefined
        : values.output !== undefined
          ? resolve(io.cwd, values.output)
          : join(dirname(resolve(io.cwd, input)), `${basename(input, extname(input))}.${format}`);
    if (target && !values.force && existsSync(target)) return refuseExisting('export', target, io);

    const convert = await loadConvert('export', io);
    if (!convert) return 2;
    const { exportDocx, exportHtml, exportPdf, ConvertError } = convert;
    let output: string | Uint8Array;
    let warnings;
    try {
      if (format === 'html') ({ html: output, warnings } = exportHtml(text));
      else ({ bytes: output, warnings } = format === 'docx' ? await exportDocx(text) : await exportPdf(text));
    } catch (error) {
      if (!(error instanceof ConvertError)) throw error;
      const { line, column } = error.location;
      io.stderr(
        `${input}${line !== undefined ? `:${line}${column !== undefined ? `:${column}` : ''}` : ''}: error: ${error.message} (${error.code})\n`,
      );
      return 2;
    }
    for (const warning of warnings) io.stderr(formatWarning(input, warning));
    if (!target) {
      io.stdout(output as string);
      return 0;
    }
    return writeOutput('export', target, output, values.force === true, io);
  },
};
