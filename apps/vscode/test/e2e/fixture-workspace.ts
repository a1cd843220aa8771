/**
 * The folder the workbench opens: the repository's clean short-inspection example, broken in three
 * ways a drafter breaks a report (each caught by a different rule, two of them fixable), ordinary
 * Markdown, and the clean draft with one heading's grade left out, for completion.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cleanDraft = resolve(appDir, '../../examples/short-inspection-clean.md');

/** Each replacement must match the example exactly once, so a changed example fails loudly here. */
const breakages = [
  {
    rule: 'grade-case',
    from: '| The experiences and progress of children in care | Good |',
    to: '| The experiences and progress of children in care | good |',
  },
  { rule: 'paragraph-numbering', from: '\n5. Independent', to: '\n6. Independent' },
  {
    rule: 'table-heading-grade-match',
    from: '## The experiences and progress of children who need help and protection: good',
    to: '## The experiences and progress of children who need help and protection: outstanding',
  },
];

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${cleanDraft} should contain ${JSON.stringify(from)} exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Would break several style rules if it were linted: e.g., a contraction and an exclamation mark. */
export const plainMarkdown = "# Meeting notes\n\nWe didn't agree, e.g. on the LAC figures!\n";

export function brokenDraft(): string {
  return breakages.reduce((text, { from, to }) => replaceOnce(text, from, to), readFileSync(cleanDraft, 'utf8'));
}

export function cleanDraftText(): string {
  return readFileSync(cleanDraft, 'utf8');
}

/** A clean draft whose previous grade is half typed, for completion triggered by a space. */
export function halfTypedDraft(): string {
  return replaceOnce(cleanDraftText(), '  overall_effectiveness: good', '  overall_effectiveness: requires ');
}

export function createWorkspace(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ilacs-vscode-ws-'));
  const clean = readFileSync(cleanDraft, 'utf8');
  writeFileSync(join(folder, 'broken.md'), brokenDraft());
  writeFileSync(join(folder, 'quick-fix.md'), brokenDraft());
  writeFileSync(join(folder, 'fix-all.md'), brokenDraft());
  writeFileSync(
    join(folder, 'completion.md'),
    replaceOnce(
      clean,
      '## The experiences and progress of children in care: good',
      '## The experiences and progress of children in care: ',
    ),
  );
  // Never opened: "Lint the workspace" must find its problems.
  writeFileSync(join(folder, 'unopened.md'), brokenDraft());
  writeFileSync(join(folder, 'typing.md'), clean);
  writeFileSync(join(folder, 'triggers.md'), halfTypedDraft());
  writeFileSync(join(folder, 'plain.md'), plainMarkdown);
  return folder;
}
