// A budget is a limit from the issue that a measured figure must keep. `at-most` budgets are times and costs;
// `at-least` budgets are speed-ups. A figure that could not be measured (its subject is not built) misses.

/**
 * @param {{ label: string, measured: number | undefined, limit: number, unit: string, kind: 'at-most' | 'at-least', why?: string }} budget
 */
export function budget({ label, measured, limit, unit, kind, why }) {
  const status =
    measured === undefined || Number.isNaN(measured)
      ? 'not measured'
      : (kind === 'at-most' ? measured < limit : measured >= limit)
        ? 'met'
        : 'missed';
  return { label, measured, limit, unit, kind, status, ...(why ? { why } : {}) };
}

export function formatFigure(value, unit) {
  if (value === undefined || Number.isNaN(value)) return '-';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return `${value.toFixed(digits)}${unit === '×' ? '×' : ` ${unit}`}`;
}

export function describeLimit(budget) {
  return `${budget.kind === 'at-most' ? '<' : '≥'} ${formatFigure(budget.limit, budget.unit)}`;
}
