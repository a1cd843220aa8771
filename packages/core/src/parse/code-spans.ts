import type { TextRange } from './line-index.js';

/**
 * `code` spans: a run of backticks up to the next run of the same length (CommonMark). The runs are
 * listed once, and each length keeps a pointer to its next run: the pointers only move forward, so
 * a ladder of ever longer runs (none closed) costs one pass, not one pass per run.
 */
export function codeSpans(text: string): TextRange[] {
  const runs: { start: number; length: number }[] = [];
  for (let open = text.indexOf('`'); open !== -1; ) {
    let end = open;
    while (text.charCodeAt(end) === 0x60) end++;
    runs.push({ start: open, length: end - open });
    open = text.indexOf('`', end);
  }
  const runsByLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = runsByLength.get(run.length);
    if (list) list.push(index);
    else runsByLength.set(run.length, [index]);
  });
  const nextOfLength = new Map<number, number>();
  const spans: TextRange[] = [];
  for (let i = 0; i < runs.length; ) {
    const run = runs[i]!;
    const sameLength = runsByLength.get(run.length)!;
    let at = nextOfLength.get(run.length) ?? 0;
    while (at < sameLength.length && sameLength[at]! <= i) at++;
    nextOfLength.set(run.length, at);
    const closing = sameLength[at];
    if (closing === undefined) {
      i++;
      continue;
    }
    spans.push({ start: run.start, end: runs[closing]!.start + run.length });
    i = closing + 1;
  }
  return spans;
}
