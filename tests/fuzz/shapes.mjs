// Hostile shapes: inputs built to make a linter's cost grow faster than its input (backtracking patterns,
// scans that restart at every opening, parsers that compare every key with every other). Each has cost
// something once, here or in tools like it. The fuzzer mixes them into its cases at up to 1 MB under its
// per-case budget; the benchmark's scaling part times each at 10 KB, 100 KB and 1 MB. Shared, so that a
// shape added for one is checked by both.

const reportHead = `---
ilacs: short-inspection
local_authority: Harrow
dates: 2025-01-20 to 2025-01-24
---

# Inspection of Harrow local authority children's services

## The experiences and progress of children who need help and protection: good

`;

const selfEvaluationHead = `---
ilacs: self-evaluation
local_authority: Leeds
period: 2024-04-01 to 2025-03-31
---

# Leeds children's services self-evaluation 2024 to 2025

`;

const area = '## The experiences and progress of children who need help and protection: good\n\n';
const subheadings = [
  'What we know about the quality and impact of practice',
  'How we know it',
  'Strengths',
  'Areas for development',
  'Our plans',
];

/** `unit` repeated to about `size` characters. */
const repeat = (unit, size) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** Lines from `line(i)` until they reach about `size` characters. */
function linesUpTo(size, line) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const next = line(i);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

/** Runs of 1, 2, 3 ... backticks, none closed by a run of its own length. */
function backtickLadder(size) {
  let text = '1. ';
  for (let run = 1; text.length < size; run++) text += `${'`'.repeat(run)} a `;
  return `${text}\n`;
}

/**
 * Each shape: where its text goes (`body` of a report, a `selfEvaluation` body, or the `frontMatter`),
 * `piece(size)`, text of about `size` characters, and `notice`, the parse problem a bounded shape gets
 * (its cost is cut off there rather than made linear). `fuzzed` shapes once cost more than linear time
 * and must now lint a 1 MB case within the fuzzer's per-case budget; the others are linear but report a
 * finding every few characters or hold a million tokens, so at 1 MB they are timed by the benchmark.
 */
export const hostileShapes = {
  // Found by hand against this linter (issue 19).
  'unclosed HTML comments, one a line': { fuzzed: true, place: 'body', piece: (n) => repeat('<!-- a note\n', n) },
  'HTML comments opened before one "-->"': { fuzzed: true, place: 'body', piece: (n) => `1. x ${repeat('<!-- a ', n)}-->\n` },
  'inline HTML comments never closed': { fuzzed: true, place: 'body', piece: (n) => repeat('Text <!-- a\n', n) },
  'a ladder of backtick code spans': { fuzzed: true, place: 'body', piece: backtickLadder },
  'link destinations before one ")"': { fuzzed: true, place: 'body', piece: (n) => `1. x ${repeat('[a]( ', n)})\n` },
  'link openings never closed': { fuzzed: true, place: 'body', piece: (n) => `1. ${repeat('x ]( ', n)}\n` },
  'many front-matter keys': {
    fuzzed: true,
    place: 'frontMatter',
    notice: 'front-matter-limit',
    piece: (n) => linesUpTo(n, (i) => `key${i}: value\n`),
  },
  'many keys in one flow map': {
    fuzzed: true,
    place: 'frontMatter',
    notice: 'front-matter-limit',
    piece: (n) => `map: {${linesUpTo(n, (i) => `k${i}: v, `)}last: v}\n`,
  },
  'deep flow nesting': {
    fuzzed: true,
    place: 'frontMatter',
    notice: 'front-matter-limit',
    piece: (n) => `deep: ${'['.repeat(n / 2)}${']'.repeat(n / 2)}\n`,
  },
  'deep block nesting': {
    fuzzed: true,
    place: 'frontMatter',
    notice: 'front-matter-limit',
    piece: (n) => linesUpTo(n, (i) => `${' '.repeat(i % 400)}k${i}:\n`),
  },
  'a chain of anchors and aliases': {
    fuzzed: true,
    place: 'frontMatter',
    notice: 'front-matter-limit',
    piece: (n) => linesUpTo(n, (i) => (i ? `a${i}: &a${i} [*a${i - 1}]\n` : 'a0: &a0 x\n')),
  },
  'many aliases of one anchor': {
    fuzzed: true,
    place: 'frontMatter',
    notice: 'front-matter-limit',
    piece: (n) => `anchor: &a x\n${linesUpTo(n, (i) => `b${i}: *a\n`)}`,
  },
  'many sub-headings in one self-evaluation area': {
    fuzzed: true,
    place: 'selfEvaluation',
    notice: 'markdown-limit',
    piece: (n) => `${area}${repeat('### Strengths\n\n', n)}`,
  },
  'tables of a thousand columns over short lines': {
    fuzzed: true,
    place: 'body',
    notice: 'markdown-limit',
    // Each short line becomes a row of a thousand cells: 60,000 cells from 10 KB.
    piece: (n) => repeat(`| ${'c | '.repeat(1000)}\n| ${'--- | '.repeat(1000)}\n${'x\n'.repeat(60)}\n`, n),
  },
  'many disable and enable pairs': {
    place: 'body',
    piece: (n) => repeat('<!-- ilacs-disable style-contraction -->\n\nDon’t.\n\n<!-- ilacs-enable style-contraction -->\n\n', n),
  },
  'many setext headings': { fuzzed: true, place: 'body', notice: 'markdown-limit', piece: (n) => repeat('Heading\n---\n\n', n) },
  // Runs of what each text detector looks for (from the linearity and hostile-input tests they replace).
  'a run of digits': { place: 'body', piece: (n) => `1. ${'7'.repeat(n)}\n` },
  'a run of spaces': { place: 'body', piece: (n) => `1. a${' '.repeat(n)}b\n` },
  'a run of capitals': { place: 'body', piece: (n) => `1. ${repeat('ABCDEFGHIJ', n)}\n` },
  'a run of "@" and dots': { place: 'body', piece: (n) => `1. ${repeat('a@b.', n)}\n` },
  'many "@" with no domain': { place: 'body', piece: (n) => `1. ${repeat('@a', n)}\n` },
  'repeated acronyms': { place: 'body', piece: (n) => `1. ${repeat('IRO MASH PEP LADO ', n)}\n` },
  'repeated phone-like digits': { place: 'body', piece: (n) => `1. ${repeat('07700 900 ', n)}\n` },
  'digit groups': { place: 'body', piece: (n) => `1. ${repeat('012 ', n)}\n` },
  'repeated date-like text': { place: 'body', piece: (n) => `1. ${repeat('born 12/03/2019 DOB ', n)}\n` },
  'birth words': { place: 'body', piece: (n) => `1. ${repeat('born on ', n)}\n` },
  'names and ages': { place: 'body', piece: (n) => `1. ${repeat('Jack, aged ', n)}\n` },
  'privacy look-alikes': {
    place: 'body',
    piece: (n) =>
      `1. ${repeat('Jack (7), Amy, aged 9, is a 7-year-old; jack at gmail dot com \u202Emoc.liamg@kcaj\u202C 0770\u200B0 900 123 ', n)}\n`,
  },
  'postcode shapes': { place: 'body', piece: (n) => `1. ${repeat('AB1 ', n)}\n` },
  'insurance number shapes': { place: 'body', piece: (n) => `1. ${repeat('AB 12 ', n)}\n` },
  'quote marks never closed': { place: 'body', piece: (n) => `1. ${repeat('‘a ', n)}\n` },
  'quotes and contractions': { place: 'body', piece: (n) => `1. ${repeat('‘a’ don’t! ', n)}\n` },
  apostrophes: { place: 'body', piece: (n) => `1. ${repeat("a'", n)}\n` },
  'one long word': { place: 'body', piece: (n) => `1. ${'z'.repeat(n)}\n` },
  '-ize stems': { place: 'body', piece: (n) => `1. ${repeat('organiz', n)}\n` },
  'exclamation marks': { place: 'body', piece: (n) => `1. ${'!'.repeat(n)}\n` },
  // Structure in bulk.
  'many numbered paragraphs': { place: 'body', piece: (n) => linesUpTo(n, (i) => `${i + 1}. Paragraph text.\n\n`) },
  'many headings': { place: 'body', notice: 'markdown-limit', piece: (n) => repeat('## Heading: good\n\n', n) },
  'many sections with a paragraph each': { place: 'body', notice: 'markdown-limit', piece: (n) => repeat('## Section\n\nText.\n\n', n) },
  'a wide table': { place: 'body', piece: (n) => `| ${repeat('c | ', n / 2)}\n| ${repeat('--- | ', n / 2)}\n` },
  'many short lines': { place: 'body', piece: (n) => repeat('a\n', n) },
  'deeply nested lists': { place: 'body', piece: (n) => linesUpTo(n, (i) => `${' '.repeat((i % 40) * 2)}- item\n`) },
  // The proofreading rules: words said twice, marks that never close, names, statements, dates. Each
  // defect recurs every few dozen characters, so the cost of the scans shows, not of the findings.
  'one word repeated': { place: 'body', piece: (n) => `1. ${repeat('the the quality of plans and reviews is improving ', n)}\n` },
  'brackets and quotes left open': {
    place: 'body',
    piece: (n) => `1. ${repeat('( “ ‘ [ the quality of plans and reviews ', n / 2)}${repeat(') ” ’ ] the quality of plans ', n / 2)}\n`,
  },
  'link targets full of brackets': { place: 'body', piece: (n) => `1. ${repeat('[a](( the quality of plans and reviews ', n)}\n` },
  'authority names in own positions': {
    place: 'body',
    piece: (n) => `1. ${repeat('children in Leeds see the quality of plans and reviews improve ', n)}\n`,
  },
  'bracketed acronyms after expansions': {
    place: 'body',
    piece: (n) => `1. ${repeat('independent reviewing officer (LADO) and the quality of plans ', n)}\n`,
  },
  'grade statements without a full stop': {
    place: 'body',
    piece: (n) => `1. ${repeat('services for children are good and were judged inadequate at the last inspection in 2019 ', n)}\n`,
  },
  'visit dates': { place: 'body', piece: (n) => `1. ${repeat('the focused visit on 1 and 2 June 2025, ', n)}\n` },
  'bullets without full stops': {
    place: 'body',
    piece: (n) => `## What needs to improve?\n\n${repeat('- The same improvement to the quality of plans and reviews\n', n)}`,
  },
  'near misses in a long table': {
    place: 'body',
    piece: (n) => `| Judgement | Grade |\n| --- | --- |\n${repeat('| The experience and progress of children in care | Good |\n', n)}`,
  },
  'self-evaluation areas with every sub-heading': {
    place: 'selfEvaluation',
    notice: 'markdown-limit',
    piece: (n) => repeat(area + subheadings.map((s) => `### ${s}\n\n- strategy launched for children so\n\n`).join(''), n),
  },
  'one self-evaluation area with very many items': {
    place: 'selfEvaluation',
    piece: (n) =>
      `${area}### Strengths\n\n${repeat('- A new strategy was launched for children.\n', n / 2)}\n### Areas for development\n\n${repeat('- Improve practice for children aged 16 to 17.\n', n / 2)}`,
  },
  'one very long self-evaluation item': {
    place: 'selfEvaluation',
    piece: (n) =>
      `${area}### Strengths\n\n- ${repeat('aged 3 to 4 and 5-year-olds within the next the children so will the strategy ', n)}\n`,
  },
};

/** A whole draft of about `size` characters made of one shape. */
export function hostileDraft(shape, size) {
  const piece = shape.piece(size);
  if (shape.place === 'frontMatter') return reportHead.replace('---\n\n', `${piece}---\n\n`);
  return (shape.place === 'selfEvaluation' ? selfEvaluationHead : reportHead) + piece;
}

/** Puts a shape of about `size` characters into an existing draft: in its front matter or at `at` in its body. */
export function insertShape(text, shape, size, at) {
  const piece = shape.piece(size);
  if (shape.place === 'frontMatter') return text.replace(/^(\uFEFF?---\r?\n)/, `$1${piece}`);
  const position = Math.max(text.indexOf('\n---', 1) + 4, Math.min(text.length, at));
  return `${text.slice(0, position)}\n\n${piece}\n${text.slice(position)}`;
}

/** The shapes the fuzzer mixes into its cases. */
export const fuzzedShapeNames = Object.keys(hostileShapes).filter((name) => hostileShapes[name].fuzzed);
