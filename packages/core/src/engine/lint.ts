import { builtinDomain, type Domain } from '../framework/domain.js';
import { configuredDomain } from './configured-domain.js';
import { parseDraft } from '../parse/parse-draft.js';
import type { ParsedDraft } from '../parse/model.js';
import { effectiveRuleSetting, type LintConfig } from './config.js';
import { readDirectives, Suppressions, type Directive } from './directives.js';
import { readFacts, type DraftFacts } from './facts.js';
import type { Diagnostic, Fix, Problem, Rule, RuleContext, Severity } from './types.js';

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
  /** The document types and framework versions to read the draft against; the built-in ones when omitted. */
  domain?: Domain;
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
  const domain = configuredDomain(options.domain ?? builtinDomain, config);
  const facts = readFacts(draft, config, domain);
  if (!draft.isDraft) return { draft, facts, diagnostics: [] };

  const directives = readDirectives(draft);
  const suppressions = new Suppressions(directives, draft.lines.lineCount);
  const knownRuleIds = new Set([...options.rules.map((r) => r.meta.id), ...(options.knownRuleIds ?? [])]);
  knownRuleIds.add(internalErrorRuleId);
  const diagnostics: Diagnostic[] = [];

  for (const rule of options.rules) {
    const setting = effectiveRuleSetting(config.rules?.[rule.meta.id], rule.meta.defaultSeverity);
    if (setting.severity === 'off') continue;
    if (rule.meta.appliesTo && (facts.document === undefined || !rule.meta.appliesTo(facts.document))) continue;
    const severity = setting.severity;
    const internalError = (message: string) =>
      diagnostics.push(toDiagnostic(draft, internalErrorRuleId, 'error', { message, range: { start: 0, end: 0 } }));
    const fail = (reason: string) => internalError(`Rule "${rule.meta.id}" ${reason}. Please report this.`);
    const ruleOptions = readOptions(rule, setting.options);
    if (!ruleOptions.ok) {
      // Configuration files are checked against the options schemas before a lint; this is an API caller's mistake.
      internalError(`Rule "${rule.meta.id}" was given invalid options and was skipped: ${ruleOptions.reason}.`);
      continue;
    }
    const refused = new Set<string>();
    const report = (problem: Problem) => {
      let { fix, suggestions } = problem;
      // A fix from a rule not marked fixable would be applied by --fix without the docs saying so.
      if (fix && !rule.meta.fixable) {
        refused.add('offered a fix but is not marked fixable; the fix was not applied');
        fix = undefined;
      }
      if (fix && !editsStayInPlace(problem, fix)) {
        refused.add('offered a fix that edits text outside what it reported; the fix was not applied');
        fix = undefined;
      }
      const kept = suggestions?.filter((suggestion) => editsStayInPlace(problem, suggestion));
      if (kept && kept.length < suggestions!.length)
        refused.add('offered a suggestion that edits text outside what it reported; it was not offered');
      suggestions = kept?.length ? kept : undefined;
      const { fix: _fix, suggestions: _suggestions, atMost: _atMost, ...rest } = problem;
      diagnostics.push(
        toDiagnostic(draft, rule.meta.id, reportedSeverity(severity, problem), {
          ...rest,
          ...(fix ? { fix } : {}),
          ...(suggestions ? { suggestions } : {}),
        }),
      );
    };
    const context: EngineContext = { draft, facts, domain, config, options: ruleOptions.options, report, directives, knownRuleIds };
    try {
      rule.check(context);
    } catch (error) {
      fail(`failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const reason of refused) fail(reason);
  }

  const atLeast = severityRank[config.minimumSeverity ?? 'info'];
  const kept = diagnostics.filter(
    (d) => d.ruleId === internalErrorRuleId || (!suppressions.isSuppressed(d.ruleId, d.start.line) && severityRank[d.severity] >= atLeast),
  );
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { draft, facts, diagnostics: kept };
}

const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The severity a problem is reported at: the configured one, lowered to the problem's `atMost` when that is lower. */
export function reportedSeverity(configured: Severity, problem: Pick<Problem, 'atMost'>): Severity {
  return problem.atMost !== undefined && severityRank[problem.atMost] < severityRank[configured] ? problem.atMost : configured;
}

function toDiagnostic(draft: ParsedDraft, ruleId: string, severity: Diagnostic['severity'], problem: Omit<Problem, 'atMost'>): Diagnostic {
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

function readOptions(
  rule: Rule,
  given: Record<string, unknown>,
): { ok: true; options: Record<string, unknown> } | { ok: false; reason: string } {
  if (!rule.meta.options) return { ok: true, options: given };
  const parsed = rule.meta.options.safeParse(given);
  if (parsed.success) return { ok: true, options: parsed.data as Record<string, unknown> };
  const issue = parsed.error.issues[0]!;
  return { ok: false, reason: `${issue.path.length ? `"${issue.path.join('.')}": ` : ''}${issue.message}` };
}

/** Every edit lies within the problem's range, one of its related locations, or the fix's declared scope. */
function editsStayInPlace(problem: Problem, fix: Fix): boolean {
  const allowed = [problem.range, ...(problem.related ?? []).map((r) => r.range), ...(fix.scope ? [fix.scope] : [])];
  return fix.edits.every((edit) => allowed.some((range) => edit.range.start >= range.start && edit.range.end <= range.end));
}
