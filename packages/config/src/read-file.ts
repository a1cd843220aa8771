import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { ConfigError } from './errors.js';
import { decodeText } from './text-encoding.js';
import { maxSettingsFileBytes } from './settings-files.js';

export { maxSettingsFileBytes } from './settings-files.js';

/** What a path turned out to be, when it is not a regular file. */
export function describeFileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

export class NotARegularFileError extends Error {
  constructor(readonly kind: string) {
    super(`it is ${kind}, not a regular file`);
  }
}

export class FileTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`it is larger than ${limit} bytes`);
  }
}

/**
 * Reads a regular file whole, and nothing else: the file is opened without blocking (a FIFO with no
 * writer would otherwise wait for ever), checked on the open descriptor (so a link swapped in between
 * cannot slip past), and read no further than `maxBytes` (a character device such as /dev/zero never
 * ends). Gives the bytes and the descriptor's stats; throws NotARegularFileError, FileTooLargeError
 * or the system error.
 */
export function readRegularFile(path: string, maxBytes = Number.POSITIVE_INFINITY): { bytes: Buffer; stats: Stats } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotARegularFileError(describeFileKind(stats));
    if (stats.size > maxBytes) throw new FileTooLargeError(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // The size can change while reading (a file being written): read to the end, within the limit.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(Math.min(stats.size - total, maxBytes + 1 - total), 64 * 1024));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw new FileTooLargeError(maxBytes);
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), stats };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a configuration or ignore file as UTF-8 text, or throws a ConfigError located at its start
 * that says what is wrong with it.
 */
export function readSettingsFile(path: string, what: string): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, maxSettingsFileBytes).bytes;
  } catch (error) {
    if (error instanceof NotARegularFileError || error instanceof FileTooLargeError)
      throw new ConfigError(path, 1, 1, `cannot use the ${what}: ${error.message}`);
    throw new ConfigError(path, 1, 1, `cannot read the ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const decoded = decodeSettingsText(bytes);
  if (typeof decoded !== 'string')
    throw new ConfigError(path, decoded.line, decoded.column, `the ${what} is not valid UTF-8: ${decoded.detail}`);
  return decoded;
}

/** Settings files are UTF-8 (a byte-order mark is allowed and dropped); a bad byte is located. */
function decodeSettingsText(bytes: Buffer): string | { line: number; column: number; detail: string } {
  const decoded = decodeText(bytes);
  if (decoded.problem) return decoded.problem;
  return decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
}
