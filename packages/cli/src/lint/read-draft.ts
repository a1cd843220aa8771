import type { Stats } from 'node:fs';
import { decodeText, NotARegularFileError, readRegularFile, type EncodingProblem, type TextEncodingName } from '@ilacs/config';

/** A file read for linting: its bytes as they were, and the text they hold. */
export interface DraftFile {
  bytes: Buffer;
  /** Of the open file, when it was read: what --fix compares against before it writes. */
  stats: Stats;
  text: string;
  encoding: TextEncodingName;
  /** Set when the bytes are not valid in their encoding: the file is linted as read but never rewritten. */
  encodingProblem?: EncodingProblem;
}

/** Reads a regular file (never a FIFO or a device) and decodes it; throws what the file system says. */
export function readDraftFile(path: string): DraftFile {
  const { bytes, stats } = readRegularFile(path);
  const decoded = decodeText(bytes);
  return { bytes, stats, text: decoded.text, encoding: decoded.encoding, ...(decoded.problem ? { encodingProblem: decoded.problem } : {}) };
}

/** Why a file could not be read, in words. */
export function describeReadError(error: unknown): string {
  if (error instanceof NotARegularFileError) return error.message;
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Why a file named on the command line gave no draft, and whether that is a mistake (exit 2) or only worth saying. */
export interface NotADraft {
  reason: string;
  mistake: boolean;
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function whyNotADraft(file: DraftFile, path: string): NotADraft {
  const { bytes } = file;
  const startsWith = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (
    /\.docx?$/i.test(path) ||
    ((startsWith(zipSignature) || startsWith(compoundFileSignature)) && /\.(docx?|md|markdown|txt)$/i.test(path))
  ) {
    return {
      reason:
        'is a Word document; ilacs reads drafts written in Markdown: save the document as Markdown (or plain text) with the ilacs front matter',
      mistake: true,
    };
  }
  if (file.text.trim() === '' || file.text === '\uFEFF') return { reason: 'is empty: not a draft', mistake: false };
  if (bytes.subarray(0, 8000).includes(0) && file.encoding === 'utf-8')
    return { reason: 'is a binary file, not Markdown text', mistake: true };
  const encoding = file.encodingProblem
    ? ` (and is not valid UTF-8: line ${file.encodingProblem.line}, column ${file.encodingProblem.column})`
    : '';
  return { reason: `has no \`ilacs\` front matter, so it is not a draft${encoding}`, mistake: false };
}
