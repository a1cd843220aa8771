// Measures the PDF import against the hand-checked drafts of ../shared/corpus (never copied here): per
// document, the share of the reference draft's words the import reproduces in order, whether the
// front-matter facts, the judgement table, the headings and the paragraph numbers agree, and the lint
// diagnostics of both. Used by scripts/measure-import.mjs and by test/corpus-import.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText, parseDraft } from '@ilacs/core';
import { importPdf } from '../dist/index.js';

export const sharedCorpus = new URL('../../../../shared/corpus/', import.meta.url).pathname;

/** Every published PDF with its reference draft: the 16 reports, then the 30 letters. */
export function corpusPairs(root = sharedCorpus) {
  const pairs = [];
  const add = (pdfFolder, draftFolder, kind) => {
    if (!existsSync(pdfFolder)) return;
    for (const file of readdirSync(pdfFolder)
      .filter((f) => f.endsWith('.pdf'))
      .sort()) {
      const draft = join(draftFolder, file.replace(/\.pdf$/, '.md'));
      if (existsSync(draft)) pairs.push({ name: file.replace(/\.pdf$/, ''), kind, pdf: join(pdfFolder, file), draft });
    }
  };
  add(join(root, 'published'), join(root, 'drafts'), 'report');
  add(join(root, 'letters/published'), join(root, 'letters/drafts'), 'letter');
  return pairs;
}

/** The draft's body (after the front matter) as words, Markdown syntax left out. */
export function bodyWords(text) {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return body.split(/\s+/).filter((w) => w && !/^(#{1,6}|[-*+|]|\|?(\s*-{3,}\s*\|?)+|-{3,})$/.test(w));
}

/** Length of the longest common subsequence of two word lists (two rows of the table, so memory stays small). */
export function lcsLength(a, b) {
  const ids = new Map();
  const code = (w) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  const x = Int32Array.from(a, code);
  const y = Int32Array.from(b, code);
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      current[j] = xi === y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length];
}

/** What a draft says, for comparison: front matter, table rows, headings, paragraph numbers. */
export function draftFacts(text) {
  const draft = parseDraft(text);
  const frontMatter = draft.frontMatter?.data && typeof draft.frontMatter.data === 'object' ? draft.frontMatter.data : {};
  const lines = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').split(/\r?\n/);
  const headings = lines.filter((l) => /^#{1,6}\s/.test(l)).map((l) => l.trim());
  const tableRows = lines.filter((l) => /^\|/.test(l) && !/^\|\s*-{3}/.test(l)).map((l) => l.trim());
  const numbers = lines
    .map((l) => /^(\d{1,3})\.\s/.exec(l))
    .filter(Boolean)
    .map((m) => Number(m[1]));
  return { frontMatter, headings, tableRows, numbers };
}

const factKeys = ['ilacs', 'local_authority', 'dates', 'lead_inspector', 'focus', 'visit_number', 'published'];

function summariseDiagnostics(text) {
  const { diagnostics } = lintText(text);
  const byRule = {};
  for (const d of diagnostics) {
    const key = `${d.ruleId}:${d.severity}`;
    byRule[key] = (byRule[key] ?? 0) + 1;
  }
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity !== 'error').length,
    byRule,
  };
}

/** Imports one PDF and compares it with its reference draft. */
export async function measurePair(pair) {
  const reference = readFileSync(pair.draft, 'utf8');
  const started = performance.now();
  const imported = await importPdf(new Uint8Array(readFileSync(pair.pdf)));
  const ms = performance.now() - started;
  const refWords = bodyWords(reference);
  const gotWords = bodyWords(imported.text);
  const common = lcsLength(refWords, gotWords);
  const ref = draftFacts(reference);
  const got = draftFacts(imported.text);
  const factsDiffer = factKeys.filter((k) => JSON.stringify(ref.frontMatter[k] ?? null) !== JSON.stringify(got.frontMatter[k] ?? null));
  const refLint = summariseDiagnostics(reference);
  const gotLint = summariseDiagnostics(imported.text);
  const ruleKeys = new Set([...Object.keys(refLint.byRule), ...Object.keys(gotLint.byRule)]);
  const lintDiffers = [...ruleKeys]
    .filter((k) => (refLint.byRule[k] ?? 0) !== (gotLint.byRule[k] ?? 0))
    .map((k) => `${k} ${refLint.byRule[k] ?? 0}→${gotLint.byRule[k] ?? 0}`);
  return {
    name: pair.name,
    kind: pair.kind,
    ms,
    words: refWords.length,
    wordsReproduced: common,
    wordShare: refWords.length ? common / refWords.length : 1,
    extraWords: gotWords.length - common,
    factsDiffer,
    factValues: Object.fromEntries(
      factsDiffer.map((k) => [k, { reference: ref.frontMatter[k] ?? null, imported: got.frontMatter[k] ?? null }]),
    ),
    tableAgrees: JSON.stringify(ref.tableRows) === JSON.stringify(got.tableRows),
    headingsAgree: JSON.stringify(ref.headings) === JSON.stringify(got.headings),
    headings: { reference: ref.headings, imported: got.headings },
    numbersAgree: JSON.stringify(ref.numbers) === JSON.stringify(got.numbers),
    referenceLint: { errors: refLint.errors, warnings: refLint.warnings },
    importedLint: { errors: gotLint.errors, warnings: gotLint.warnings },
    lintDiffers,
    importWarnings: imported.warnings.filter((w) => w.severity === 'warning').map((w) => w.code),
    referenceHasPrevious: ref.frontMatter.previous !== undefined,
    previousStated: imported.warnings.some((w) => w.code === 'previous-missing' && w.message.includes('the document says')),
    text: imported.text,
  };
}

export async function measureAll(pairs = corpusPairs()) {
  const results = [];
  for (const pair of pairs) results.push(await measurePair(pair));
  return results;
}

/** A report's publication date is not printed in it: that one difference is expected and marked, not hidden. */
const unprinted = (r) => (r.kind === 'report' ? ['published'] : []);
export const unexpectedFactDifferences = (r) => r.factsDiffer.filter((k) => !unprinted(r).includes(k));
const factsCell = (r) => {
  const unexpected = unexpectedFactDifferences(r);
  if (unexpected.length) return `**${unexpected.join(', ')}**`;
  return r.factsDiffer.length ? 'agree¹' : 'agree';
};

const percent = (x) => `${(100 * x).toFixed(x === 1 ? 0 : 1)}%`;
const yes = (b) => (b ? 'yes' : '**no**');

/** The figures as a Markdown table, one row per document, then totals. */
export function markdownTable(results) {
  const rows = [
    '| document | words in order | facts | table | headings | paragraph numbers | lint: reference → import |',
    '| --- | ---: | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    rows.push(
      `| ${r.name} | ${percent(r.wordShare)} (${r.wordsReproduced}/${r.words}) | ${factsCell(r)} | ${r.kind === 'letter' && r.tableAgrees ? 'none' : yes(r.tableAgrees)} | ${yes(r.headingsAgree)} | ${yes(r.numbersAgree)} | ${r.referenceLint.errors}E ${r.referenceLint.warnings}W → ${r.importedLint.errors}E ${r.importedLint.warnings}W |`,
    );
  }
  const total = results.reduce((n, r) => n + r.words, 0);
  const reproduced = results.reduce((n, r) => n + r.wordsReproduced, 0);
  rows.push(
    `| **all ${results.length}** | **${percent(reproduced / total)}** (${reproduced}/${total}) | ${results.filter((r) => !unexpectedFactDifferences(r).length).length} agree | ${results.filter((r) => r.tableAgrees).length} agree | ${results.filter((r) => r.headingsAgree).length} agree | ${results.filter((r) => r.numbersAgree).length} agree | ${results.reduce((n, r) => n + r.referenceLint.errors, 0)}E → ${results.reduce((n, r) => n + r.importedLint.errors, 0)}E |`,
  );
  const withPrevious = results.filter((r) => r.referenceHasPrevious).length;
  const stated = results.filter((r) => r.previousStated).length;
  rows.push(
    '',
    `¹ All but \`published\`: a report does not print its publication date (a letter prints it at its head, and it is read from there).`,
    '',
    `Facts compared: ${factKeys.join(', ')}. \`previous\` is left for the author in every import (${withPrevious} of the ${results.length} reference drafts have one, taken from Ofsted's statistics, as no document prints the last inspection's days on site); in ${stated} the import quotes the document's own words on when the last inspection was and what it found.`,
  );
  return rows.join('\n');
}
