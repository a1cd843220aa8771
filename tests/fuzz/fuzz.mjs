// Mutation fuzzer for the core: takes the real drafts and the examples, breaks them in the ways files
// really break (and a few ways attackers would), and checks that lint and fix never crash, never hang,
// never report outside the text, and never take more than the budget per case.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixText, lintText } from '@ilacs/core';
import { fuzzedShapeNames, hostileDraft, hostileShapes, insertShape } from './shapes.mjs';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadSeeds(repoRoot) {
  const folders = [join(repoRoot, 'examples'), join(repoRoot, '..', 'shared', 'corpus', 'drafts')];
  const seeds = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort())
      seeds.push(readFileSync(join(folder, file), 'utf8'));
  }
  return seeds;
}

const mutations = {
  byteFlip(text, rand) {
    const chars = [...text];
    const flips = 1 + Math.floor(rand() * 8);
    for (let i = 0; i < flips && chars.length; i++) {
      const at = Math.floor(rand() * chars.length);
      chars[at] = String.fromCharCode(Math.floor(rand() * 0x3000));
    }
    return chars.join('');
  },
  truncate: (text, rand) => text.slice(0, Math.floor(rand() * text.length)),
  duplicateLines(text, rand) {
    const lines = text.split('\n');
    const at = Math.floor(rand() * lines.length);
    const count = 1 + Math.floor(rand() * 20);
    lines.splice(at, 0, ...lines.slice(at, at + count));
    return lines.join('\n');
  },
  deleteLines(text, rand) {
    const lines = text.split('\n');
    lines.splice(Math.floor(rand() * lines.length), 1 + Math.floor(rand() * 10));
    return lines.join('\n');
  },
  longLine: (text, rand) => insertAt(text, rand, `${'word '.repeat(20_000 + Math.floor(rand() * 20_000))}\n`),
  deepList: (text, rand) =>
    insertAt(text, rand, `\n${Array.from({ length: 400 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n')}\n`),
  wideTable: (text, rand) =>
    insertAt(text, rand, `\n| ${'cell | '.repeat(1000)}\n| ${'--- | '.repeat(1000)}\n| ${'Good | '.repeat(1000)}\n`),
  yamlAliasBomb(text) {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    ].join('\n');
    return text.replace(/^---\n/, `---\n${bomb}\n`);
  },
  yamlAnchors: (text) =>
    text.replace(/^---\n/, '---\nbase: &base {type: short-inspection, dates: 2020-01-06 to 2020-01-10}\nprevious: *base\n'),
  binaryJunk(text, rand) {
    const junk = Array.from({ length: 200 + Math.floor(rand() * 2000) }, () => String.fromCharCode(Math.floor(rand() * 256))).join('');
    return insertAt(text, rand, junk);
  },
  bom: (text) => `\uFEFF${text}`,
  crlf: (text) => text.replace(/\n/g, '\r\n'),
  loneSurrogates: (text, rand) => insertAt(text, rand, '\uD800x\uDFFF\uD83D'),
  nulls: (text, rand) => insertAt(text, rand, '\u0000\u0000\u0000'),
  markup: (text, rand) =>
    insertAt(
      text,
      rand,
      ['\n## ', ': good', '\n| a |', '\n1. ', '<!-- ilacs-disable', '\n---\n', '```\n', '> ', '[x](', '&#0;'][Math.floor(rand() * 10)],
    ),
  /** A shape that once made the lint superlinear (tests/fuzz/shapes.mjs), 1 KB to 1 MB: a whole draft, or mixed into this one. */
  hostileShape(text, rand, { maxShapeKb }) {
    const shape = hostileShapes[fuzzedShapeNames[Math.floor(rand() * fuzzedShapeNames.length)]];
    const size = Math.round(1024 * maxShapeKb ** rand());
    return rand() < 0.5 ? hostileDraft(shape, size) : insertShape(text, shape, size, Math.floor(rand() * text.length));
  },
  /**
   * Dates at the ends of what four digits can write (9999-12-31 once threw "Invalid time value"): every
   * year shifted alike so that the latest is 9999 or the earliest 0000, or only the publication date
   * moved. Spans keep their length: a span of millennia in `dates` is a known slow case of
   * visit-shapes.ts (see the README's reliability section).
   */
  farDates(text, rand) {
    const toEnd = rand() < 0.8;
    if (rand() < 0.3) return text.replace(/^published: *\d{4}/m, `published: ${toEnd ? '9999' : '0000'}`);
    const date = /\b(\d{4})(-\d\d-\d\d)\b/g;
    const years = [...text.matchAll(date)].map((m) => Number(m[1]));
    if (years.length === 0) return text;
    const shift = toEnd ? 9999 - years.reduce((a, b) => Math.max(a, b)) : -years.reduce((a, b) => Math.min(a, b));
    return text.replace(date, (_, year, rest) => `${String(Number(year) + shift).padStart(4, '0')}${rest}`);
  },
};

function insertAt(text, rand, piece) {
  const at = Math.floor(rand() * (text.length + 1));
  return text.slice(0, at) + piece + text.slice(at);
}

const mutationNames = Object.keys(mutations);

/** Hostile shapes are mixed in at 1 KB to this size: 1 MB by default, as large as a real draft could ever be. */
export const defaultMaxShapeKb = 1024;

function generateCase(rand, seeds, options) {
  let text = seeds[Math.floor(rand() * seeds.length)];
  const applied = [];
  const count = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) {
    const name = mutationNames[Math.floor(rand() * mutationNames.length)];
    applied.push(name);
    text = mutations[name](text, rand, options);
  }
  return { text, applied };
}

/** The text of one case, to replay it outside the fuzzer. */
export function caseText({ seed, seeds, caseNumber, maxShapeKb = defaultMaxShapeKb }) {
  const rand = random(seed);
  for (let n = 0; n < caseNumber; n++) generateCase(rand, seeds, { maxShapeKb });
  return generateCase(rand, seeds, { maxShapeKb });
}

/**
 * Runs `cases` generated inputs from `seed`. Returns the figures; `failures` lists crashes (a throw,
 * an internal-error diagnostic, a range outside the text, or fixes that do not settle) with the case
 * number to replay. `slow` lists lints over the budget; every fourth case is also fixed twice, timed apart.
 */
export function runFuzz({ cases, seed, seeds, budgetMs = 100, withFix = true, maxShapeKb = defaultMaxShapeKb }) {
  const rand = random(seed);
  const failures = [];
  const slow = [];
  let slowest = { ms: 0, caseNumber: -1, mutations: [] };
  let slowestFix = { ms: 0, caseNumber: -1, mutations: [] };
  let totalMs = 0;
  for (let caseNumber = 0; caseNumber < cases; caseNumber++) {
    const { text, applied } = generateCase(rand, seeds, { maxShapeKb });
    // The budget is for one lint, what an editor runs on each change; fixing (several lints) is timed apart.
    let ms = 0;
    try {
      const started = performance.now();
      const { diagnostics } = lintText(text);
      ms = performance.now() - started;
      for (const d of diagnostics) {
        if (d.ruleId === 'internal-error') failures.push({ caseNumber, mutations: applied, error: d.message });
        if (d.range.start < 0 || d.range.end > text.length || d.range.end < d.range.start)
          failures.push({ caseNumber, mutations: applied, error: `range outside the text: ${d.ruleId}` });
      }
      if (withFix && caseNumber % 4 === 0) {
        const fixStarted = performance.now();
        const fixed = fixText(text);
        const again = fixText(fixed.output);
        const fixMs = performance.now() - fixStarted;
        if (again.fixed !== 0) failures.push({ caseNumber, mutations: applied, error: 'fixing twice changed the text again' });
        if (fixMs > slowestFix.ms) slowestFix = { ms: fixMs, caseNumber, mutations: applied, size: text.length };
      }
    } catch (error) {
      failures.push({ caseNumber, mutations: applied, error: error?.stack ?? String(error) });
    }
    totalMs += ms;
    if (ms > slowest.ms) slowest = { ms, caseNumber, mutations: applied, size: text.length };
    if (ms > budgetMs) slow.push({ caseNumber, ms, mutations: applied, size: text.length });
  }
  return { cases, seed, failures, slow, slowest, slowestFix, meanMs: totalMs / cases };
}
