import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { replaceFile } from '../lint/write-fix.js';
import type { CommandIo } from './types.js';

/**
 * Writes what import or export made. An existing file is never overwritten unless asked (`--force`), as
 * with `ilacs new`; when asked, the file is replaced whole through a temporary file, never half-written.
 * Resolves to the exit code; a refusal or a failure is reported on stderr.
 */
export function writeOutput(command: string, target: string, data: string | Uint8Array, force: boolean, io: CommandIo): number {
  const shown = relative(io.cwd, target) || target;
  try {
    if (force)
      replaceFile(target, typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    else writeFileSync(target, data, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return refuseExisting(command, target, io);
    io.stderr(`ilacs ${command}: ${shown} cannot be written (${code ?? (error as Error).message}).\n`);
    return 2;
  }
  io.stdout(`Wrote ${shown}\n`);
  return 0;
}

/**
 * The conversion code, loaded only now (a second bundle beside the CLI's), so that `ilacs lint` starts
 * as fast as it did without it. Undefined, with the reason on stderr, when that bundle is missing.
 */
export async function loadConvert(command: string, io: CommandIo): Promise<typeof import('@ilacs/convert') | undefined> {
  try {
    return await import('@ilacs/convert');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    io.stderr(`ilacs ${command}: the conversion code (ilacs-convert.js, beside ilacs.js) is missing: rebuild the CLI.\n`);
    return undefined;
  }
}

/** Checked before converting, so that a refusal is quick; the write itself still never replaces a file. */
export function refuseExisting(command: string, target: string, io: CommandIo): number {
  io.stderr(`ilacs ${command}: ${relative(io.cwd, target) || target} already exists: it was not overwritten (--force replaces it).\n`);
  return 2;
}

/** A conversion warning as a located line: `draft.md:12: warning: ... (code)`. */
export function formatWarning(
  file: string,
  warning: { severity: string; message: string; code: string; line?: number; source?: { page?: number; paragraph?: number } },
): string {
  const where = warning.line !== undefined ? `${file}:${warning.line}` : file;
  const from =
    warning.source?.page !== undefined
      ? ` [page ${warning.source.page}]`
      : warning.source?.paragraph !== undefined
        ? ` [paragraph ${warning.source.paragraph}]`
        : '';
  return `${where}: ${warning.severity}: ${warning.message}${from} (${warning.code})\n`;
}
