import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** What --fix read, to compare the file against just before writing. */
export interface ReadState {
  bytes: Buffer;
  stats: Stats;
}

export type WriteOutcome = { written: true } | { written: false; reason: string };

/**
 * Writes a fixed draft in place of the original, or says why it did not. It never writes:
 * - outside the paths given, `writeRoots` (a link in a folder given that points elsewhere is linted,
 *   not rewritten);
 * - a file its user could not write (no write permission, or read-only mode bits even for root);
 * - a file that was deleted since it was read (it is not recreated);
 * - a file that changed since it was read (another program saved it): checked just before the rename.
 * A file with one link is replaced atomically: the fixed text goes to a temporary file beside it, with
 * the original's mode (and owner, when run as root), which is renamed over it. A file with several
 * hard links is rewritten in place, as ESLint and Prettier do, so that every name keeps seeing it; so
 * is a writable file in a folder the user may not create files in.
 */
export function writeFixedFile(path: string, writeRoots: readonly string[], read: ReadState, output: Buffer): WriteOutcome {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { written: false, reason: 'it was deleted while it was being fixed, so it was not written again' };
    throw error;
  }
  if (!writeRoots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep))) {
    return { written: false, reason: `it is a link to ${real}, outside the paths given; name that file to fix it` };
  }
  const current = lstatSync(real);
  if ((current.mode & 0o222) === 0)
    return { written: false, reason: `it is read-only (mode ${(current.mode & 0o777).toString(8).padStart(4, '0')})` };
  try {
    accessSync(real, constants.W_OK);
  } catch (error) {
    return { written: false, reason: `you may not write it (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return current.nlink > 1 ? rewriteInPlace(real, read, output) : replaceAtomically(real, read, output);
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.dev === b.dev;
}

const changedReason = 'it changed on disk after it was read (another program saved it), so the fixes were not written; run --fix again';

/** Whether the file at `path` still holds what was read: the same file, the same bytes. */
function unchanged(fd: number, read: ReadState): boolean {
  const stats = fstatSync(fd);
  if (!sameFile(stats, read.stats) || stats.size !== read.bytes.length) return false;
  const now = Buffer.allocUnsafe(read.bytes.length);
  let offset = 0;
  while (offset < now.length) {
    const n = readSync(fd, now, offset, now.length - offset, offset);
    if (n === 0) return false;
    offset += n;
  }
  return now.equals(read.bytes);
}

function replaceAtomically(real: string, read: ReadState, output: Buffer): WriteOutcome {
  const temporary = join(dirname(real), temporaryName(basename(real)));
  let fd: number;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (error) {
    // A folder the user may not add files to, holding a file they may write: write the file itself, as ESLint would.
    if ((error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EPERM')
      return rewriteInPlace(real, read, output);
    throw error;
  }
  let renamed = false;
  try {
    writeAll(fd, output);
    fchmodSync(fd, read.stats.mode & 0o7777);
    if (process.getuid?.() === 0) fchownSync(fd, read.stats.uid, read.stats.gid);
    fsyncSync(fd);
    closeSync(fd);
    let original: number;
    try {
      original = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { written: false, reason: 'it was deleted while it was being fixed, so it was not written again' };
      throw error;
    }
    try {
      if (!unchanged(original, read)) return { written: false, reason: changedReason };
    } finally {
      closeSync(original);
    }
    renameSync(temporary, real);
    renamed = true;
    return { written: true };
  } finally {
    if (!renamed) removeQuietly(temporary);
  }
}

/**
 * Replaces a file whole with new bytes through a temporary file beside it, renamed over it, so it is
 * never half-written (what `ilacs import --force` and `ilacs export --force` write). Unlike a fix there
 * is nothing to compare against: the output is a new document.
 */
export function replaceFile(path: string, bytes: Buffer): void {
  const temporary = join(dirname(path), temporaryName(basename(path)));
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  let renamed = false;
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
    renamed = true;
  } finally {
    if (!renamed) removeQuietly(temporary);
  }
}

function rewriteInPlace(real: string, read: ReadState, output: Buffer): WriteOutcome {
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDWR | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { written: false, reason: 'it was deleted while it was being fixed, so it was not written again' };
    throw error;
  }
  try {
    if (!unchanged(fd, read)) return { written: false, reason: changedReason };
    writeAll(fd, output, 0);
    ftruncateSync(fd, output.length);
    fsyncSync(fd);
    return { written: true };
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Buffer, position?: number): void {
  for (let offset = 0; offset < bytes.length; ) {
    offset += writeSync(fd, bytes, offset, bytes.length - offset, position === undefined ? null : position + offset);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Temporary files are hidden, end in ".tmp" (never taken for a draft) and carry the writer's process
 * id, so that a later run can tell one left by a run that was killed from one still being written.
 */
const temporaryPattern = /^\..+\.ilacs-fix-(\d+)-[0-9a-f]{8}\.tmp$/;

function temporaryName(file: string): string {
  return `.${file}.ilacs-fix-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

/** Older than this, a temporary file is stale whoever made it: writing one file never takes so long. */
const staleAfterMs = 10 * 60 * 1000;

/**
 * Removes temporary files that an earlier --fix left in a folder when it was killed (SIGKILL leaves no
 * chance to clean up): those whose process is gone, or that are older than ten minutes. Gives the
 * names of the files it removed.
 */
export function removeStaleTemporaryFiles(folder: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = temporaryPattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const path = join(folder, name);
    try {
      const stats = lstatSync(path);
      if (!stats.isFile()) continue;
      if (pid === process.pid || (isRunning(pid) && now - stats.mtimeMs < staleAfterMs)) continue;
      unlinkSync(path);
      removed.push(path);
    } catch {
      // removed meanwhile, or not ours to remove
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
