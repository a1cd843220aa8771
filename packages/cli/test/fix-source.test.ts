import { readdirSync, readFileSync } from 'node:fs';
import { fixText, lintText } from '@ilacs/core';
import { describe, expect, it } from 'vitest';
import { fixSource } from '../src/lint/fix-source.js';

/** The core's rule fixtures with an expected `.fixed.md`: real fixes on texts written for them. */
const fixturesRoot = new URL('../../core/test/fixtures/rules/', import.meta.url);
const fixed = readdirSync(fixturesRoot, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.fixed.md'))
  .map((path) => ({ path, input: readFileSync(new URL(path.replace(/\.fixed\.md$/, '.md'), fixturesRoot), 'utf8') }));

const toCrlf = (text: string) => text.replaceAll('\n', '\r\n');

describe('fixSource keeps the file’s byte-order mark and line endings', () => {
  it('has fixtures to work on', () => {
    expect(fixed.length).toBeGreaterThan(3);
  });

  for (const { path, input } of fixed) {
    it(`${path}: LF as fixText, CRLF and BOM kept`, () => {
      expect(fixSource(input, {}).output).toBe(fixText(input).output);
      expect(fixText(input).output).not.toBe(input);
      expect(fixSource(toCrlf(input), {}).output).toBe(toCrlf(fixText(input).output));
      expect(fixSource(`\uFEFF${toCrlf(input)}`, {}).output).toBe(`\uFEFF${toCrlf(fixText(input).output)}`);
    });

    it(`${path}: what remains is what a fresh lint of the output finds (and is left to the caller after CRLF or BOM handling)`, () => {
      const result = fixSource(input, {});
      expect(result.diagnostics).toEqual(lintText(result.output).diagnostics);
      expect(fixSource(toCrlf(input), {}).diagnostics).toBeUndefined();
    });
  }

  it('returns the text itself, untouched, when there is nothing to fix', () => {
    const clean = `\uFEFF${toCrlf(fixText(fixed[0]!.input).output)}`;
    expect(fixSource(clean, {})).toMatchObject({ output: clean, fixed: 0 });
  });
});
