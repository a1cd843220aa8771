// Part 3: scaling. Synthetic drafts from 10 KB to 1 MB built from real paragraphs; the time per KB must stay flat.
// Small drafts carry the fixed cost of the front matter, so the per-KB figure may fall with size; what must not
// happen is a rise at the large end, which would mean a rule or the parser does more than linear work.
// Then the hostile shapes (tests/fuzz/shapes.mjs), each built to make some scan or parser superlinear, at 10 KB,
// 100 KB and 1 MB: each must be linear, or cut off with its notice, as the fuzzer also checks.
import { lintText } from '@ilacs/core';
import { hostileDraft, hostileShapes } from '../../fuzz/shapes.mjs';
import { budget, formatFigure } from '../lib/budget.mjs';
import { largestDraft } from '../lib/corpus.mjs';
import { realParagraphs, syntheticDraft } from '../lib/synthetic.mjs';
import { median, timeSync } from '../lib/timing.mjs';

/** How far the time per KB may rise over that of a smaller draft before the cost counts as worse than linear. */
export const flatnessBudget = 1.5;

/**
 * How far a hostile shape's CPU time per KB may rise from 100 KB to 1 MB. Quadratic work rises tenfold;
 * the margin over 1 is for the garbage collector, which works harder on the large arrays a 1 MB parse holds.
 */
export const hostileGrowthBudget = 3;
const hostileSizesKb = [10, 100, 1024];

/** Each shape at each size: CPU and wall time, findings, the parse notices, and the rise from 100 KB to 1 MB. */
function measureHostileShapes(plan) {
  return Object.entries(hostileShapes).map(([name, shape]) => {
    const sizes = hostileSizesKb.map((kb) => {
      const text = hostileDraft(shape, kb * 1024);
      const linted = lintText(text);
      const failed = linted.diagnostics.find((d) => d.ruleId === 'internal-error');
      if (failed) throw new Error(`${name} at ${kb} KB: ${failed.message}`);
      const samples = timeSync(() => lintText(text), {
        warmup: kb >= 1024 ? 1 : 3,
        iterations: kb >= 1024 ? Math.min(plan.iterations, 5) : Math.min(plan.iterations, 11),
      });
      const actualKb = Buffer.byteLength(text) / 1024;
      return {
        kb: actualKb,
        ms: median(samples.wall),
        cpuMsPerKb: median(samples.cpu) / actualKb,
        findings: linted.diagnostics.length,
        notices: linted.draft.problems.map((p) => p.code),
      };
    });
    const [, hundred, largest] = sizes;
    if (shape.notice && !largest.notices.includes(shape.notice))
      throw new Error(`${name} at 1 MB: expected the ${shape.notice} notice, got ${largest.notices.join(', ') || 'none'}.`);
    return { name, sizes, growth: largest.cpuMsPerKb / hundred.cpuMsPerKb, notice: shape.notice };
  });
}

/**
 * The largest rise in CPU time per KB over the cheapest size up to it. CPU time, because the question is how the
 * work grows with size, and other processes on the machine add wall time at random.
 */
function largestRise(measured) {
  let cheapestSoFar = Infinity;
  let rise = { factor: 0, at: measured[0] };
  for (const size of measured) {
    cheapestSoFar = Math.min(cheapestSoFar, size.cpuMsPerKb);
    const factor = size.cpuMsPerKb / cheapestSoFar;
    if (factor > rise.factor) rise = { factor, at: size };
  }
  return rise;
}

export default {
  id: 'scaling',
  title: 'Scaling: synthetic drafts from real paragraphs',
  async run({ drafts, plan }) {
    const template = largestDraft(drafts);
    const paragraphs = realParagraphs(drafts);
    const measured = plan.scalingSizesKb.map((kb) => {
      const text = syntheticDraft(template, paragraphs, kb * 1024);
      const linted = lintText(text);
      const errors = linted.diagnostics.filter((d) => d.severity === 'error');
      if (!linted.draft.isDraft || errors.length > 0) {
        throw new Error(
          `The ${kb} KB synthetic draft should lint clean but has ${errors.length} errors (first: ${errors[0]?.ruleId}: ${errors[0]?.message}).`,
        );
      }
      // Large drafts take long enough per run that fewer warm-ups suffice; the timed count stays the same.
      const samples = timeSync(() => lintText(text), {
        warmup: kb >= 300 ? Math.min(plan.warmup, 5) : plan.warmup,
        iterations: plan.iterations,
      });
      const ms = median(samples.wall);
      const actualKb = Buffer.byteLength(text) / 1024;
      return {
        kb: actualKb,
        lines: linted.draft.lines.lineCount,
        blocks: linted.draft.blocks.length,
        findings: linted.diagnostics.length,
        ms,
        msPerKb: ms / actualKb,
        cpuMsPerKb: median(samples.cpu) / actualKb,
      };
    });
    const rise = largestRise(measured);
    const largest = measured.at(-1);
    const wallCheapest = Math.min(...measured.map((m) => m.msPerKb));
    const hostile = measureHostileShapes(plan);
    const steepest = hostile.reduce((a, b) => (b.growth > a.growth ? b : a));
    const slowest = hostile.reduce((a, b) => (b.sizes[2].ms > a.sizes[2].ms ? b : a));
    return {
      table: {
        columns: ['size', 'lines', 'blocks', 'findings', 'lint median', 'per KB', 'CPU time per KB'],
        rows: measured.map((m) => [
          `${m.kb.toFixed(0)} KB`,
          m.lines,
          m.blocks,
          m.findings,
          formatFigure(m.ms, 'ms'),
          `${(m.msPerKb * 1000).toFixed(1)} µs`,
          `${(m.cpuMsPerKb * 1000).toFixed(1)} µs`,
        ]),
      },
      tables: [
        {
          columns: ['hostile shape', '10 KB', '100 KB', '1 MB', 'findings at 1 MB', 'rise in CPU per KB, 100 KB to 1 MB', 'cut off by'],
          rows: hostile.map((h) => [
            h.name,
            ...h.sizes.map((s) => formatFigure(s.ms, 'ms')),
            h.sizes[2].findings,
            formatFigure(h.growth, '×'),
            h.notice ?? '',
          ]),
        },
      ],
      figures: {
        growth: rise.factor,
        wallGrowth: largest.msPerKb / wallCheapest,
        largestMs: largest.ms,
        hostileGrowth: steepest.growth,
        hostileSlowest: { name: slowest.name, ms: slowest.sizes[2].ms },
      },
      budgets: [
        budget({
          label: `scaling to ${largest.kb.toFixed(0)} KB: largest rise in CPU time per KB (${rise.factor > 1 ? `at ${rise.at.kb.toFixed(0)} KB` : 'none'}; flat = linear)`,
          measured: rise.factor,
          limit: flatnessBudget,
          unit: '×',
          kind: 'at-most',
        }),
        budget({
          label: `${hostile.length} hostile shapes, 100 KB to 1 MB: largest rise in CPU time per KB (${steepest.name}; quadratic = 10×)`,
          measured: steepest.growth,
          limit: hostileGrowthBudget,
          unit: '×',
          kind: 'at-most',
        }),
      ],
      notes: [
        `Built on the largest real report (${template.name}): its front matter, title, table and summary, then its graded sections filled in turn with the corpus's ${paragraphs.length} real numbered paragraphs, numbered 1 to N. Every size lints with zero errors.`,
        "The budget compares each size's CPU time per KB with the cheapest size up to it; small drafts cost more per KB because the front matter is a fixed cost.",
        'Hostile shapes (tests/fuzz/shapes.mjs, also mixed into the fuzzer\'s cases): each is timed as one draft of that size (median wall time); "cut off by" names the parse limit that stops it, with its located notice, where the parser would otherwise do more than linear work. No shape may raise an internal error.',
      ],
    };
  },
};
