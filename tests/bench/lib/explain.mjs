// For each missed budget, what bounds it, in figures from the same run: the reader should not have to re-profile
// to learn whether the parser, a rule, the transport or Node's start-up is the limit.
import { formatFigure } from './budget.mjs';

function coreBreakdown(cost) {
  if (!cost) return 'the rule-cost part did not run';
  const rule = cost.costliestRule;
  return `of the ${formatFigure(cost.wholeMs, 'ms')} CPU time of a lint, the CPU profile puts ${formatFigure(cost.parseMs, 'ms')} in parseDraft, ${formatFigure(cost.rulesMs, 'ms')} in the rules (the costliest, ${rule.id}, ${formatFigure(rule.ms, 'ms')}) and ${formatFigure(cost.engineMs, 'ms')} in the engine`;
}

/** Per part: (missed budget, the part's figures, every part's results, core cost breakdown) -> why. */
const explainers = {
  'real-reports'(missed, f, _results, cost) {
    let why = `${coreBreakdown(cost)}. In CPU time the median report takes ${formatFigure(f.coreCpuMedianMs, 'ms')} (slowest ${formatFigure(f.coreSlowestCpuMs, 'ms')}) and the ratio to markdownlint is ${formatFigure(f.speedupCpu, '×')}.`;
    if (missed.kind === 'at-least') {
      const allowed = f.markdownlintMedianMs / missed.limit;
      why += ` The ratio leaves ${formatFigure(allowed, 'ms')} per report for everything; parseDraft alone takes ${formatFigure(f.parseMedianMs, 'ms')} (${formatFigure(f.parseSpeedup, '×')} faster than markdownlint), so ${
        f.parseSpeedup < missed.limit
          ? 'the parser alone cannot reach the ratio: it bounds it'
          : `the rules may spend ${formatFigure(allowed - f.parseMedianMs, 'ms')} in all`
      }.`;
    }
    return why;
  },
  scaling(missed, f, _results, cost) {
    if (missed.label.includes('hostile')) {
      return `a hostile shape costs more per KB at 1 MB than at 100 KB (${formatFigure(f.hostileGrowth, '×')}): profile it at 1 MB (tests/fuzz/shapes.mjs builds it) and make the scan linear or bound it with a located notice.`;
    }
    return `CPU time per KB grows with size, so some work is worse than linear: profile the largest synthetic draft (wall time: ${formatFigure(f.wallGrowth, '×')} the cheapest size's per KB). At real-report size, ${coreBreakdown(cost)}.`;
  },
  'language-server'(missed, f, results, cost) {
    const parse = results['real-reports']?.figures?.parseMedianMs;
    const work = missed.label.includes('diagnostics')
      ? `the server parsing and linting the new version (${coreBreakdown(cost)})`
      : `the server parsing the new version (parseDraft alone: ${formatFigure(parse, 'ms')} on the median report) and computing the answer`;
    return `the stdio round trip alone is ${formatFigure(f.transportMs, 'ms')}; the rest is ${work}.`;
  },
  cli(_missed, f, _results, cost) {
    const perDraft = (f.folderMs - f.coldStartMs) / (f.folderDrafts - 1);
    return `Node starts in ${formatFigure(f.nodeAloneMs, 'ms')}, loading the CLI bundle brings that to ${formatFigure(f.loadOnlyMs, 'ms')}, one cold ilacs lint takes ${formatFigure(f.coldStartMs, 'ms')}; the rest, ${formatFigure(perDraft, 'ms')} per further draft, is reading, configuration lookup and linting (${coreBreakdown(cost)}).`;
  },
};

/** @param results part id -> { figures, budgets, error? }; returns one Markdown line per missed or unmeasured budget. */
export function explainMisses(results, machine) {
  const cost = results['rule-cost']?.figures;
  const busy =
    machine.loadAtStart >= machine.cores * 0.5
      ? ` The machine was busy (load ${machine.loadAtStart.toFixed(2)} on ${machine.cores} cores): re-measure on a quiet one before acting.`
      : '';
  const lines = [];
  for (const [id, result] of Object.entries(results)) {
    for (const missed of (result.budgets ?? []).filter((b) => b.status !== 'met')) {
      const why =
        missed.why ??
        (missed.status === 'not measured'
          ? (result.error ?? 'its subject is not built.')
          : (explainers[id]?.(missed, result.figures, results, cost) ?? ''));
      lines.push(
        `- **${missed.label}** (${formatFigure(missed.measured, missed.unit)}, budget ${missed.kind === 'at-most' ? '<' : '≥'} ${formatFigure(missed.limit, missed.unit)}): ${why}${busy}`,
      );
    }
  }
  return lines;
}
