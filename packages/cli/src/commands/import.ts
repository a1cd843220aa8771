import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../files.js';
import { formatWarning, loadConvert, refuseExisting, writeOutput } from './output-file.js';
import type { Command } from './types.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn one of Ofsted’s published PDFs or a Word document into a draft.',
  usage: `ilacs import <file.pdf | file.docx> [-o draft.md] [--force]

Reads an inspection report or a focused-visit or monitoring-visit letter as Ofsted published it (PDF),
or a draft written in Word (.docx), and writes a draft: front matter from what the document states
(type, authority, days on site, lead inspector, focus, publication date), the judgement table,
headings, numbered paragraphs and bullets, with the page furniture and the letter's frame removed.
What it cannot tell (such as the previous inspection's dates) is left for you, with a warning on the
line to fill in. An existing file is never overwritten without --force.

Options:
  -o, --output <file>   Where to write (default: the input's name with .md, here; "-" prints it)
      --force           Replace the output file if it exists
  -h, --help            Show this help

Exit codes: 0 written (warnings are printed on stderr), 2 unreadable input, a file that is not a PDF
or a Word document, or an output that exists or cannot be written.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const [input, ...extra] = positionals;
    if (input === undefined) throw new UsageError('Expected a file to import: a PDF (.pdf) or a Word document (.docx).');
    if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}": one file at a time.`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(resolve(io.cwd, input)));
    } catch (error) {
      throw new UsageError(`Cannot read "${input}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
    const target = values.output === '-' ? undefined : resolve(io.cwd, values.output ?? `${basename(input, extname(input))}.md`);
    if (target && !values.force && existsSync(target)) return refuseExisting('import', target, io);
    const isPdf =
      bytes[0] === 0x25 && bytes[1] === 0x50
        ? true
        : bytes[0] === 0x50 && bytes[1] === 0x4b
          ? false
          : /\.pdf$/i.test(input)
            ? true
            : /\.docx$/i.test(input)
              ? false
              : undefined;
    if (isPdf === undefined) throw new UsageError(`"${input}" is neither a PDF nor a Word document (.docx).`);

    const convert = await loadConvert('import', io);
    if (!convert) return 2;
    const { importPdf, importDocx, ConvertError, describeLocation } = convert;
    let result;
    try {
      result = isPdf ? await importPdf(bytes) : await importDocx(bytes);
    } catch (error) {
      if (!(error instanceof ConvertError)) throw error;
      const at = describeLocation(error.location);
      io.stderr(`ilacs import: ${input}${at ? `: ${at}` : ''}: ${error.message}\n`);
      return 2;
    }
    const shown = target ? relative(io.cwd, target) || target : '<stdout>';
    for (const warning of result.warnings) if (warning.severity === 'warning') io.stderr(formatWarning(shown, warning));
    if (!target) {
      io.stdout(result.text);
      return 0;
    }
    return writeOutput('import', target, result.text, values.force === true, io);
  },
};
