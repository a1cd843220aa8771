import { builtinRules, lintText, type Diagnostic, type LintConfig, type LintResult, type Problem, type Rule } from '@ilacs/core';
import { effectiveRuleSetting, reportedSeverity } from '@ilacs/core/tools';

export interface LintWithSuppressed {
  linted: LintResult;
  /** What disable directives switched off, as ESLint's `suppressedMessages` lists it. */
  suppressed: Diagnostic[];
}

/**
 * Lints text and also gives what the draft's disable directives suppressed. The core keeps only
 * what survives its directives, so each rule runs behind a thin wrapper that sees every report on
 * its way in; whatever the core did not keep was suppressed. Text without a directive skips this.
 */
export function lintWithSuppressed(text: string, config: LintConfig): LintWithSuppressed {
  if (!text.includes('ilacs-disable')) return { linted: lintText(text, { config }), suppressed: [] };
  const reported: { ruleId: string; problem: Problem }[] = [];
  const rules: Rule[] = builtinRules.map((rule) => ({
    meta: rule.meta,
    check: (context) =>
      rule.check({
        ...context,
        report: (problem) => {
          reported.push({ ruleId: rule.meta.id, problem });
          context.report(problem);
        },
      }),
  }));
  const linted = lintText(text, { config, rules });
  const kept = new Map<string, number>();
  for (const d of linted.diagnostics)
    kept.set(
      keyOf(d.ruleId, d.range.start, d.range.end, d.message),
      (kept.get(keyOf(d.ruleId, d.range.start, d.range.end, d.message)) ?? 0) + 1,
    );
  const suppressed: Diagnostic[] = [];
  const length = linted.draft.text.length;
  for (const { ruleId, problem } of reported) {
    const start = Math.min(Math.max(problem.range.start, 0), length);
    const end = Math.min(Math.max(problem.range.end, start), length);
    const key = keyOf(ruleId, start, end, problem.message);
    const left = kept.get(key) ?? 0;
    if (left > 0) {
      kept.set(key, left - 1);
      continue;
    }
    const rule = builtinRules.find((r) => r.meta.id === ruleId)!;
    const configured = effectiveRuleSetting(config.rules?.[ruleId], rule.meta.defaultSeverity).severity;
    if (configured === 'off') continue;
    const severity = reportedSeverity(configured, problem);
    const { atMost: _atMost, ...fields } = problem;
    suppressed.push({
      ...fields,
      range: { start, end },
      ruleId,
      severity,
      start: linted.draft.lines.positionAt(start),
      end: linted.draft.lines.positionAt(end),
    });
  }
  return { linted, suppressed };
}

function keyOf(ruleId: string, start: number, end: number, message: string): string {
  return `${ruleId}\u0000${start}\u0000${end}\u0000${message}`;
}
