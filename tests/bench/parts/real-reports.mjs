// Parts 1 and 2: core lint (parse and every rule) of each real report, against markdownlint (its library, default
// rules, this process) on the same text. The two are timed in alternating rounds so both see the same machine load.
import { builtinRules, lintText, parseDraft } from '@ilacs/core';
import { lint as markdownlint } from 'markdownlint/sync';
import { getVersion as markdownlintVersion } from 'markdownlint';
import { budget, formatFigure } from '../lib/budget.mjs';
import { largestDraft } from '../lib/corpus.mjs';
import { median, timeInterleaved } from '../lib/timing.mjs';

export const perReportBudgetMs = 2;
export const speedupBudget = 30;

/** markdownlint exports no rule list; its registry module sits next to its entry point. */
async function markdownlintRuleCount() {
  const registry = new URL('rules.mjs', import.meta.resolve('markdownlint'));
  const { default: rules } = await import(registry.href);
  return rules.length;
}

export default {
  id: 'real-reports',
  title: 'Real reports: core lint against markdownlint',
  async run({ drafts, plan }) {
    const rows = [];
    const perReport = [];
    for (const draft of drafts) {
      const linted = lintText(draft.text);
      const errors = linted.diagnostics.filter((d) => d.severity === 'error');
      // A real report must lint clean; timing an error path would flatter nobody.
      if (!linted.draft.isDraft || errors.length > 0) {
        throw new Error(
          `${draft.name}: expected a clean draft, got ${linted.draft.isDraft ? `${errors.length} errors (first: ${errors[0].ruleId} at ${errors[0].start.line + 1}:${errors[0].start.column + 1})` : 'no ilacs front matter'}.`,
        );
      }
      const samples = timeInterleaved(
        {
          ours: () => lintText(draft.text),
          // The parse alone is the floor under any lint built on it: it shows how much of the ratio rules can spend.
          parse: () => parseDraft(draft.text),
          markdownlint: () => markdownlint({ strings: { [draft.name]: draft.text } }),
        },
        plan,
      );
      const ours = median(samples.ours.wall);
      const theirs = median(samples.markdownlint.wall);
      const oursCpu = median(samples.ours.cpu);
      const theirsCpu = median(samples.markdownlint.cpu);
      const parse = median(samples.parse.wall);
      perReport.push({ draft, ours, theirs, oursCpu, theirsCpu, parse });
      rows.push([
        draft.name,
        `${(draft.bytes / 1024).toFixed(1)} KB`,
        linted.diagnostics.length,
        formatFigure(ours, 'ms'),
        formatFigure(oursCpu, 'ms'),
        formatFigure(theirs, 'ms'),
        formatFigure(theirs / ours, '×'),
        formatFigure(theirsCpu / oursCpu, '×'),
      ]);
    }

    const oursMedian = median(perReport.map((r) => r.ours));
    const theirsMedian = median(perReport.map((r) => r.theirs));
    const oursCpuMedian = median(perReport.map((r) => r.oursCpu));
    const parseMedian = median(perReport.map((r) => r.parse));
    const theirsCpuMedian = median(perReport.map((r) => r.theirsCpu));
    const slowest = perReport.reduce((a, b) => (b.ours > a.ours ? b : a));
    const largest = perReport.find((r) => r.draft === largestDraft(drafts));
    const worstRatio = perReport.reduce((a, b) => (b.theirs / b.ours < a.theirs / a.ours ? b : a));
    rows.push([
      'median per report',
      `${(median(drafts.map((d) => d.bytes)) / 1024).toFixed(1)} KB`,
      '',
      formatFigure(oursMedian, 'ms'),
      formatFigure(oursCpuMedian, 'ms'),
      formatFigure(theirsMedian, 'ms'),
      formatFigure(theirsMedian / oursMedian, '×'),
      formatFigure(theirsCpuMedian / oursCpuMedian, '×'),
    ]);

    const mdlRules = await markdownlintRuleCount();
    return {
      table: { columns: ['report', 'size', 'our findings', 'ilacs lint', 'its CPU time', 'markdownlint', 'ratio', 'CPU-time ratio'], rows },
      figures: {
        coreMedianMs: oursMedian,
        coreCpuMedianMs: oursCpuMedian,
        coreSlowestCpuMs: slowest.oursCpu,
        speedupCpu: theirsCpuMedian / oursCpuMedian,
        parseMedianMs: parseMedian,
        parseSpeedup: theirsMedian / parseMedian,
        coreLargestMs: largest.ours,
        coreSlowestMs: slowest.ours,
        markdownlintMedianMs: theirsMedian,
        speedup: theirsMedian / oursMedian,
        worstSpeedup: worstRatio.theirs / worstRatio.ours,
        reports: drafts.length,
        ourRules: builtinRules.length,
        markdownlintRules: mdlRules,
      },
      budgets: [
        budget({
          label: `core lint, slowest real report (${slowest.draft.name})`,
          measured: slowest.ours,
          limit: perReportBudgetMs,
          unit: 'ms',
          kind: 'at-most',
        }),
        budget({
          label: `core lint, largest real report (${largest.draft.name}, ${(largest.draft.bytes / 1024).toFixed(0)} KB)`,
          measured: largest.ours,
          limit: perReportBudgetMs,
          unit: 'ms',
          kind: 'at-most',
        }),
        budget({
          label: 'faster than markdownlint, median report',
          measured: theirsMedian / oursMedian,
          limit: speedupBudget,
          unit: '×',
          kind: 'at-least',
        }),
      ],
      notes: [
        `${drafts.length} real reports, each timed ${plan.iterations} times after ${plan.warmup} warm-up runs, ours and markdownlint alternating; figures are per-report medians. Budgets use wall time; CPU time (this process's user and system time) is shown because it barely moves when other processes share the machine; it counts every thread, so a garbage collector working in parallel can lift it above wall time.`,
        `Checks run: ${builtinRules.length} ilacs rules (front matter schema, structure, judgements, cadence, style) against markdownlint ${markdownlintVersion()} with its default configuration (${mdlRules} rules, Markdown form only).`,
        `parseDraft alone (front matter and body, no rules), timed in the same rounds: ${formatFigure(parseMedian, 'ms')} per median report, ${formatFigure(theirsMedian / parseMedian, '×')} faster than markdownlint.`,
        `Worst single report: ${formatFigure(worstRatio.theirs / worstRatio.ours, '×')} faster (${worstRatio.draft.name}).`,
      ],
    };
  },
};
