import type { Severity } from '@ilacs/core';

/** Severity is shown as a word and a shape as well as a colour, so it does not rely on colour alone. */
export const severityLabels: Record<Severity, { word: string; symbol: string }> = {
  error: { word: 'Error', symbol: '✖' },
  warning: { word: 'Warning', symbol: '▲' },
  info: { word: 'Note', symbol: 'ℹ' },
};

export function severityBadge(severity: Severity): HTMLElement {
  const badge = document.createElement('span');
  badge.className = `severity severity-${severity}`;
  const symbol = document.createElement('span');
  symbol.setAttribute('aria-hidden', 'true');
  symbol.textContent = severityLabels[severity].symbol;
  badge.append(symbol, ` ${severityLabels[severity].word}`);
  return badge;
}
