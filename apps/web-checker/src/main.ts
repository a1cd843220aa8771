import { builtinDomain, type Diagnostic, type Fix } from '@ilacs/core';
import { cadenceHistoryFromDraft, todayInEngland } from '@ilacs/core/cadence';
import { checkDraft, describeCounts, fixAll, fixOne, plural, type CheckedDraft } from './check.js';
import { required } from './dom.js';
import { summariseJudgements } from './judgement-summary.js';
import { fillNewDraftForm, newDraft } from './new-draft.js';
import { replaceText } from './replace-text.js';
import { renderHighlights } from './view/highlights.js';
import { renderProblems } from './view/problems.js';
import { renderSummary } from './view/summary.js';
import { renderTimeline } from './view/timeline.js';
import './styles.css';

const draft = required('draft', HTMLTextAreaElement);
const backdrop = required('backdrop', HTMLDivElement);
const dropZone = required('drop-zone', HTMLDivElement);
const fileInput = required('file-input', HTMLInputElement);
const problems = required('problems', HTMLOListElement);
const status = required('status', HTMLParagraphElement);
const fixAllButton = required('fix-all', HTMLButtonElement);
const summary = required('summary', HTMLDivElement);
const timelinePanel = required('timeline-panel', HTMLElement);
const timeline = required('timeline', HTMLDivElement);
const dialog = required('new-draft-dialog', HTMLDialogElement);
const dialogForm = required('new-draft-form', HTMLFormElement);
const newType = required('new-type', HTMLSelectElement);
const newAuthority = required('new-authority', HTMLSelectElement);
const newStart = required('new-start', HTMLInputElement);

/** Long enough to skip keystrokes in a burst, short enough to feel immediate (a lint takes a few ms). */
const typingPause = 150;
let pending: ReturnType<typeof setTimeout> | undefined;
let current: CheckedDraft = checkDraft('');
/** Set after a fix so the status says what happened rather than only the new counts. */
let lastAction = '';

function check(): void {
  clearTimeout(pending);
  pending = undefined;
  current = checkDraft(draft.value);
  render();
}

function render(): void {
  const { result, counts, fixableCount } = current;
  renderHighlights(backdrop, current.text, result.diagnostics);
  // The drawn copy was replaced; it must follow the text area's scroll position again.
  backdrop.scrollTop = draft.scrollTop;
  renderProblems(problems, result.diagnostics, { goTo, applyFix });
  renderSummary(summary, summariseJudgements(result));
  renderTimeline(
    timelinePanel,
    timeline,
    cadenceHistoryFromDraft(result.draft, result.facts, builtinDomain).events,
    result.facts.authority?.name,
    todayInEngland(),
  );
  fixAllButton.disabled = fixableCount === 0;
  fixAllButton.textContent = fixableCount > 0 ? `Fix all (${fixableCount})` : 'Fix all';

  let message: string;
  if (current.text.trim() === '') message = 'Paste or drop a draft to check it.';
  else if (!result.draft.isDraft)
    message = 'This is not an ILACS draft: its front matter needs an “ilacs:” key (for example “ilacs: short-inspection”).';
  else if (result.diagnostics.length === 0) message = 'No problems found.';
  else message = `${describeCounts(counts)}${fixableCount > 0 ? `; ${fixableCount} can be fixed automatically` : ''}.`;
  status.textContent = lastAction ? `${lastAction} ${message}` : message;
  status.dataset.state = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'ok';
  lastAction = '';
}

function goTo(diagnostic: Diagnostic): void {
  draft.focus();
  draft.setSelectionRange(diagnostic.range.start, Math.max(diagnostic.range.end, diagnostic.range.start));
  scrollToLine(diagnostic.start.line);
}

/** Text areas do not scroll to a selection made from script, so scroll to the line's drawn copy. */
function scrollToLine(line: number): void {
  const drawn = backdrop.children[line];
  if (drawn instanceof HTMLElement) draft.scrollTop = Math.max(0, drawn.offsetTop - draft.clientHeight / 3);
}

function applyFix(diagnostic: Diagnostic, fix: Fix): void {
  const index = current.result.diagnostics.indexOf(diagnostic);
  replaceText(draft, fixOne(current.text, { ...diagnostic, fix }));
  lastAction = `Applied: ${fix.description}.`;
  check();
  focusProblemAt(index);
}

/** After a fix the list is redrawn; keep keyboard users near where they were. */
function focusProblemAt(index: number): void {
  const items = problems.querySelectorAll<HTMLElement>('li .location');
  const target = items[Math.min(index, items.length - 1)];
  if (target) target.focus();
  else fixAllButton.focus();
}

function setText(text: string): void {
  replaceText(draft, text);
  check();
}

draft.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(check, typingPause);
});
draft.addEventListener('scroll', () => {
  backdrop.scrollTop = draft.scrollTop;
});

fixAllButton.addEventListener('click', () => {
  const { output, fixed } = fixAll(current.text);
  replaceText(draft, output);
  lastAction = `Applied ${plural(fixed, 'fix', 'fixes')}.`;
  check();
  fixAllButton.focus();
});

async function readFile(file: File): Promise<void> {
  const text = await file.text();
  lastAction = `Opened ${file.name}.`;
  setText(text);
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void readFile(file);
  fileInput.value = '';
});

dropZone.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  dropZone.classList.remove('dragging');
  if (!file) return;
  event.preventDefault();
  void readFile(file);
});

required('download', HTMLButtonElement).addEventListener('click', () => {
  // A blob URL stays in the page: saving goes straight to the person's disk.
  const url = URL.createObjectURL(new Blob([draft.value], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName();
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
});

function downloadName(): string {
  const { facts } = current.result;
  const parts = [facts.authority?.name ?? facts.authorityName, facts.type].filter((p): p is string => Boolean(p));
  const slug = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'draft'}.md`;
}

required('new-draft', HTMLButtonElement).addEventListener('click', () => {
  if (newType.options.length === 0) fillNewDraftForm(newType, newAuthority, newStart);
  dialog.showModal();
});
required('new-draft-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
dialogForm.addEventListener('submit', (event) => {
  event.preventDefault();
  dialog.close();
  lastAction = 'New draft created: fill in the blanks.';
  setText(newDraft(newType.value, newAuthority.value, newStart.value));
  draft.focus();
});

check();
