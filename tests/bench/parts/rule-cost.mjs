// Where a lint's time goes on the real reports, from a CPU profile of linting every report many times: the parse,
// the engine, each rule (with the helpers it calls, and any work it caches for later rules), garbage collection.
// Shares are turned into milliseconds with the whole lint's median CPU time (a sampling profile counts time on the
// CPU, and CPU time holds steady on a busy machine). When a budget is missed, this names the cause.
import { lintText } from '@ilacs/core';
import { formatFigure } from '../lib/budget.mjs';
import { profileShares } from '../lib/cpu-profile.mjs';
import { median, timeSync } from '../lib/timing.mjs';

// One rule per module in the core's rules folder; its helpers live in subfolders and are charged to the rule.
const ruleModule = /\/core\/dist\/rules\/([a-z0-9-]+)\.js$/;

/** Frames come outermost first, so the first rule module on the stack is the rule the engine called. */
function bucketOf(frames) {
  for (const frame of frames) {
    const rule = ruleModule.exec(frame.url);
    if (rule && rule[1] !== 'index') return `rule ${rule[1]}`;
  }
  if (frames.some((frame) => frame.functionName === 'parseDraft')) return 'parseDraft (front matter and body)';
  if (frames.some((frame) => frame.functionName === 'lintText')) return 'engine (facts, directives, sorting)';
  if (frames.some((frame) => frame.functionName === '(garbage collector)')) return 'garbage collection';
  return 'outside the lint (harness, idle)';
}

export default {
  id: 'rule-cost',
  title: 'Where the time goes: a CPU profile of core lint',
  async run({ drafts, plan }) {
    const whole = median(drafts.map((draft) => median(timeSync(() => lintText(draft.text), plan).cpu)));
    // Enough rounds for a few thousand samples per report set, whatever the machine's speed.
    const rounds = Math.max(10, plan.iterations * 3);
    const shares = await profileShares(() => {
      for (let round = 0; round < rounds; round++) for (const draft of drafts) lintText(draft.text);
    }, bucketOf);
    const lintShare = [...shares].filter(([bucket]) => !bucket.startsWith('outside')).reduce((sum, [, share]) => sum + share, 0);
    const entries = [...shares]
      .filter(([bucket]) => !bucket.startsWith('outside'))
      .map(([bucket, share]) => ({ bucket, share: share / lintShare, ms: (share / lintShare) * whole }))
      .sort((a, b) => b.ms - a.ms);
    const shown = entries.slice(0, 12);
    const rest = entries.slice(shown.length);
    const percent = (share) => `${(share * 100).toFixed(1)}%`;
    const rows = [
      ['whole lint (parse and every rule), median CPU time per report', formatFigure(whole, 'ms'), '100%'],
      ...shown.map((entry) => [entry.bucket, formatFigure(entry.ms, 'ms'), percent(entry.share)]),
      ...(rest.length
        ? [
            [
              `${rest.length} other rules`,
              formatFigure(
                rest.reduce((s, e) => s + e.ms, 0),
                'ms',
              ),
              percent(rest.reduce((s, e) => s + e.share, 0)),
            ],
          ]
        : []),
    ];
    const byBucket = (name) => entries.find((entry) => entry.bucket === name)?.ms ?? 0;
    const rules = entries.filter((entry) => entry.bucket.startsWith('rule '));
    return {
      table: { columns: ['where', 'CPU time per report', 'share'], rows },
      figures: {
        wholeMs: whole,
        parseMs: byBucket('parseDraft (front matter and body)'),
        engineMs: byBucket('engine (facts, directives, sorting)'),
        rulesMs: rules.reduce((sum, entry) => sum + entry.ms, 0),
        costliestRule: rules[0] ? { id: rules[0].bucket.slice('rule '.length), ms: rules[0].ms } : { id: '-', ms: 0 },
      },
      budgets: [],
      notes: [
        `Sampled every 50 µs while linting the ${drafts.length} reports ${rounds} times; a rule's share includes the helpers it calls and work it caches on the parsed draft for the rules after it.`,
      ],
    };
  },
};
