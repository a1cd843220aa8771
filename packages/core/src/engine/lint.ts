import { parseDraft } from '../parse/parse-draft.js';
import type { ParsedDraft } from '../parse/model.js';
import { effectiveRuleSetting, type LintConfig } from './config.js';
import { readDirectives, Suppressions, type Directive } from './directives.js';
import { readFacts, type DraftFacts } from './facts.js';
import type { Diagnostic, Problem, Rule, RuleContext } from './types.js';

/** The rule id of diagnostics that say a rule itself failed. */
export const internalErrorRuleId = 'internal-error';

export interface LintOptions {
  config?: LintConfig;
  /** The rules to run; all built-in rules when omitted (see `lintText`). */
  rules: readonly Rule[];
  /** A draft parsed already (the language server parses once per version and shares it). */
  draft?: ParsedDraft;
  /** Rule ids directives may name, beyond the rules being run (rules switched off still exist). */
  knownRuleIds?: Iterable<string>;
}

export interface LintResult {
  draft: ParsedDraft;
  facts: DraftFacts;
  diagnostics: Diagnostic[];
}

/** Context extras the directive rule needs; other rules ignore them. */
export interface EngineContext extends RuleContext {
  directives: Directive[];
  knownRuleIds: ReadonlySet<string>;
}

/**
 * Runs the rules over one text. Never throws: a rule that throws becomes an internal-error diagnostic
 * and the others still run. Ordinary Markdown (no `ilacs` front matter) yields nothing.
 */
export function lint(text: string, options: LintOptions): LintResult {
  const config = options.config ?? {};
  const draft = options.draft ?? parseDraft(text, config.maxFileSize !== undefined ? { maxSize: config.maxFileSize } : {});
  const facts = readFacts(draft, config);
  if (!draft.isDraft) return { draft, facts, diagnostics: [] };

  const directives = readDirectives(draft);
  const suppressions = new Suppressions(directives, draft.lines.lineCount);
  const knownRuleIds = new Set([...options.rules.map((r) => r.meta.id), ...(options.knownRuleIds ?? [])]);
  knownRuleIds.add(internalErrorRuleId);
  const diagnostics: Diagnostic[] = [];

  for (const rule of options.rules) {
    const setting = effectiveRuleSetting(config.rules?.[rule.meta.id], rule.meta.defaultSeverity);
    if (setting.severity === 'off') continue;
    const appliesTo = rule.meta.appliesTo;
    if (appliesTo && (facts.type === undefined || !appliesTo.includes(facts.type))) continue;
    const severity = setting.severity;
    const report = (problem: Problem) => {
      diagnostics.push(toDiagnostic(draft, rule.meta.id, severity, problem));
    };
    const context: EngineContext = { draft, facts, config, options: setting.options, report, directives, knownRuleIds };
    try {
      rule.check(context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(
        toDiagnostic(draft, internalErrorRuleId, 'error', {
          message: `Rule "${rule.meta.id}" failed and was skipped: ${reason}. Please report this.`,
          range: { start: 0, end: 0 },
        }),
      );
    }
  }

  const kept = diagnostics.filter((d) => d.ruleId === internalErrorRuleId || !suppressions.isSuppressed(d.ruleId, d.start.line));
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { draft, facts, diagnostics: kept };
}

function toDiagnostic(draft: ParsedDraft, ruleId: string, severity: Diagnostic['severity'], problem: Problem): Diagnostic {
  const length = draft.text.length;
  const start = clamp(problem.range.start, 0, length);
  const end = clamp(problem.range.end, start, length);
  return {
    ...problem,
    range: { start, end },
    ruleId,
    severity,
    start: draft.lines.positionAt(start),
    end: draft.lines.positionAt(end),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.max(low, Math.min(high, value)) : low;
}
