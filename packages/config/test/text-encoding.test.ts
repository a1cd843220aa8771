import { describe, expect, it } from 'vitest';
import { decodeText, encodeText, firstInvalidUtf8Byte } from '../src/index.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeText', () => {
  it('reads valid UTF-8, keeping a byte-order mark as U+FEFF', () => {
    expect(decodeText(bytes('Café “quoted” 😀\n'))).toEqual({ text: 'Café “quoted” 😀\n', encoding: 'utf-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a'))).toEqual({ text: '\uFEFFa', encoding: 'utf-8' });
  });

  it('locates a stray 0xFF by line and column, and says what it is', () => {
    const decoded = decodeText(bytes('---\nilacs: short-inspection\n---\n\nThe ch', [0xff], 'ld\n'));
    expect(decoded.problem).toMatchObject({ offset: 39, line: 5, column: 7, textOffset: 39 });
    expect(decoded.problem!.detail).toBe(
      'byte 0xFF cannot be read as UTF-8 (in Windows-1252, the encoding of text pasted from older Word documents, it is "ÿ")',
    );
    expect(decoded.text).toBe('---\nilacs: short-inspection\n---\n\nThe ch\uFFFDld\n');
  });

  it('names the Windows-1252 character of a quote pasted from Word, with columns counted in UTF-16 after earlier emoji', () => {
    const decoded = decodeText(bytes('😀 a ', [0x93], 'word', [0x94], '\n'));
    expect(decoded.problem).toMatchObject({ line: 1, column: 6, offset: 7 });
    expect(decoded.problem!.detail).toContain('it is "“"');
  });

  it('does not count a byte-order mark as a column', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'ab', [0xa3], '5')).problem).toMatchObject({ line: 1, column: 3, textOffset: 3 });
  });

  it('recognises CESU-8 surrogates and a character cut off at the end of the file', () => {
    // U+1F600 written as two CESU-8 surrogates instead of one four-byte sequence.
    const cesu = decodeText(bytes('x', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]));
    expect(cesu.problem).toMatchObject({ offset: 1, column: 2 });
    expect(cesu.problem!.detail).toContain('surrogate');
    expect(decodeText(bytes('ab\ncd', [0xe2, 0x80])).problem).toMatchObject({ line: 2, column: 3 });
    expect(decodeText(bytes('ab\ncd', [0xe2, 0x80])).problem!.detail).toContain('ends half-way through a character');
  });

  it('reads UTF-16 with a byte-order mark, either way round, and writes it back byte for byte', () => {
    const text = '\uFEFF---\r\nilacs: focused-visit\r\n---\r\n“Children’s” 😀\r\n';
    const little = Buffer.from(text, 'utf16le');
    const big = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(little)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(big)).toEqual({ text, encoding: 'utf-16be' });
    expect(encodeText(text, 'utf-16le').equals(little)).toBe(true);
    expect(encodeText(text, 'utf-16be').equals(big)).toBe(true);
  });

  it('locates an unpaired surrogate and an odd byte at the end of UTF-16', () => {
    const lone = Buffer.concat([Buffer.from('\uFEFFab\ncd', 'utf16le'), Buffer.from([0x3d, 0xd8]), Buffer.from('e', 'utf16le')]);
    expect(decodeText(lone).problem).toMatchObject({ line: 2, column: 3, textOffset: 6 });
    expect(decodeText(Buffer.concat([Buffer.from('\uFEFFab', 'utf16le'), Buffer.from([0x41])])).problem!.detail).toContain('half-way');
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('follows Unicode’s table of well-formed sequences', () => {
    const cases: [number[], number][] = [
      [[0x41, 0xc3, 0xa9], -1],
      [[0xc0, 0x80], 0], // over-long NUL
      [[0xe0, 0x9f, 0x80], 0], // over-long three bytes
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], 0],
      [[0x41, 0x80], 1], // a continuation byte alone
      [[0xe2, 0x82, 0xac, 0xe2, 0x82], 3],
      [[0xf0, 0x9f, 0x98, 0x80], -1],
    ];
    for (const [input, expected] of cases) expect(firstInvalidUtf8Byte(Uint8Array.from(input)), input.join(' ')).toBe(expected);
  });
});
