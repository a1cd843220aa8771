import { isUtf8 } from 'node:buffer';

/** The encodings drafts are read in: UTF-8, or UTF-16 with a byte-order mark (Word's "Unicode text"). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Where text stops being valid in its encoding: 1-based line, and column in UTF-16 code units as every diagnostic counts. */
export interface EncodingProblem {
  /** Byte offset of the first byte that cannot be read. */
  offset: number;
  /** Where that is in the decoded text (UTF-16 code units, counting a byte-order mark), for a diagnostic's range. */
  textOffset: number;
  line: number;
  column: number;
  /** What is wrong there, in words (the byte, and what it probably is). */
  detail: string;
}

export interface DecodedText {
  /** The text; a byte-order mark is kept as U+FEFF at its start, so that writing it back keeps it. */
  text: string;
  encoding: TextEncodingName;
  /** Set when the bytes are not valid in the encoding; `text` then has U+FFFD in place of what could not be read. */
  problem?: EncodingProblem;
}

/**
 * Decodes a file's bytes: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise UTF-8.
 * Invalid bytes are never silently replaced: the first one is located in `problem`, and callers
 * must not write such text back (it would replace the user's bytes with U+FFFD).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (isUtf8(bytes)) return { text, encoding: 'utf-8' };
  const offset = firstInvalidUtf8Byte(bytes);
  return { text, encoding: 'utf-8', problem: locate(bytes, offset, 'utf-8', describeBadUtf8(bytes, offset)) };
}

/** Encodes text back into the encoding it was read in (the byte-order mark, if any, is part of the text). */
export function encodeText(text: string, encoding: TextEncodingName): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const units = Math.floor(bytes.length / 2);
  const unitAt = (i: number) =>
    encoding === 'utf-16le' ? bytes[2 * i]! | (bytes[2 * i + 1]! << 8) : (bytes[2 * i]! << 8) | bytes[2 * i + 1]!;
  for (let i = 0; i < units; i++) {
    const unit = unitAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < units ? unitAt(i + 1) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return {
        text,
        encoding,
        problem: locate(bytes, 2 * i, encoding, `an unpaired UTF-16 surrogate (0x${unit.toString(16).toUpperCase()})`),
      };
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      return {
        text,
        encoding,
        problem: locate(bytes, 2 * i, encoding, `an unpaired UTF-16 surrogate (0x${unit.toString(16).toUpperCase()})`),
      };
    }
  }
  if (bytes.length % 2 === 1)
    return { text, encoding, problem: locate(bytes, bytes.length - 1, encoding, 'the file ends half-way through a UTF-16 character') };
  return { text, encoding };
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode's table 3-7), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f; // ED A0..BF would encode a UTF-16 surrogate
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Windows-1252's characters for bytes 0x80 to 0x9F (where it differs from Latin-1); Node's own decoder treats it as Latin-1. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function describeBadUtf8(bytes: Uint8Array, offset: number): string {
  const byte = bytes[offset]!;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const next = bytes[offset + 1];
  if (byte === 0xed && next !== undefined && next >= 0xa0 && next <= 0xbf) {
    return `bytes ${hex} 0x${next.toString(16).toUpperCase()} encode half of a UTF-16 surrogate pair (CESU-8 or Java's modified UTF-8), which UTF-8 does not allow`;
  }
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
  if (byte >= 0xc2 && byte <= 0xf4 && offset + length > bytes.length && bytes.subarray(offset + 1).every((b) => (b & 0xc0) === 0x80)) {
    return `the file ends half-way through a character (byte ${hex})`;
  }
  // Most stray bytes are Windows-1252 or Latin-1 text: a quote or a pound sign pasted from an older program.
  const asWindows = byte < 0xa0 ? windows1252High[byte - 0x80]! : String.fromCharCode(byte);
  const known = byte >= 0x80 && !/[\u0080-\u00A0\u00AD]/.test(asWindows);
  return `byte ${hex} cannot be read as UTF-8${known ? ` (in Windows-1252, the encoding of text pasted from older Word documents, it is "${asWindows}")` : ''}`;
}

function locate(bytes: Uint8Array, offset: number, encoding: TextEncodingName, detail: string): EncodingProblem {
  const unit = encoding === 'utf-8' ? 1 : 2;
  const isNewline = (i: number) =>
    encoding === 'utf-8'
      ? bytes[i] === 0x0a
      : encoding === 'utf-16le'
        ? bytes[i] === 0x0a && bytes[i + 1] === 0
        : bytes[i] === 0 && bytes[i + 1] === 0x0a;
  let line = 1;
  const bomLength = encoding !== 'utf-8' ? 2 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Editors do not count a byte-order mark as a column.
  let lineStart = bomLength;
  for (let i = lineStart; i + unit <= offset; i += unit) {
    if (isNewline(i)) {
      line++;
      lineStart = i + unit;
    }
  }
  // Everything before the offset is valid, so decoding it gives the column as editors count it.
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const before = decoder.decode(bytes.subarray(lineStart, offset));
  return { offset, textOffset: decoder.decode(bytes.subarray(0, offset)).length, line, column: before.length + 1, detail };
}
