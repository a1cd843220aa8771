import type { Diagnostic, Severity } from '@ilacs/core';

const severityRank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

function louder(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || severityRank[b] > severityRank[a] ? b : a;
}

/**
 * Draws the text again behind the transparent text area, line by line, with each problem's range
 * marked and each line numbered. The text itself is invisible here (the text area shows it); only
 * the numbers and the underlines are seen, so the two must wrap identically (same font, padding, width).
 */
export function renderHighlights(container: HTMLElement, text: string, diagnostics: readonly Diagnostic[]): void {
  const fragment = document.createDocumentFragment();
  let lineStart = 0;
  const lines = text.split('\n');
  lines.forEach((lineText, line) => {
    const lineEnd = lineStart + lineText.length;
    const element = document.createElement('div');
    element.className = 'line';
    const number = document.createElement('span');
    number.className = 'line-number';
    number.textContent = String(line + 1);
    element.append(number);

    let lineSeverity: Severity | undefined;
    const touching = diagnostics.filter(
      (d) => d.start.line <= line && line <= d.end.line && !(d.end.line === line && d.end.column === 0 && d.start.line < line),
    );
    for (const d of touching) lineSeverity = louder(lineSeverity, d.severity);
    if (lineSeverity) element.dataset.severity = lineSeverity;

    const cuts = new Set([lineStart, lineEnd]);
    for (const d of touching) {
      if (d.range.start > lineStart && d.range.start < lineEnd) cuts.add(d.range.start);
      if (d.range.end > lineStart && d.range.end < lineEnd) cuts.add(d.range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      let severity: Severity | undefined;
      for (const d of touching)
        if (d.range.start <= from && d.range.end >= to && d.range.end > d.range.start) severity = louder(severity, d.severity);
      const piece = text.slice(from, to);
      if (severity) {
        const mark = document.createElement('mark');
        mark.className = `mark-${severity}`;
        mark.textContent = piece;
        element.append(mark);
      } else {
        element.append(piece);
      }
    }
    // A zero-width space gives empty lines their height without changing how lines wrap.
    element.append('\u200b');
    fragment.append(element);
    lineStart = lineEnd + 1;
  });
  container.replaceChildren(fragment);
}
