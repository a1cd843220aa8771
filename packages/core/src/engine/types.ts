import type * as z from 'zod';
import type { Domain } from '../framework/domain.js';
import type { DocumentType } from '../framework/document-types/document-type.js';
import type { Position, TextRange } from '../parse/line-index.js';
import type { ParsedDraft } from '../parse/model.js';
import type { DraftFacts } from './facts.js';
import type { LintConfig } from './config.js';

export type Severity = 'error' | 'warning' | 'info';

export type RuleCategory = 'schema' | 'structure' | 'judgement' | 'cadence' | 'style' | 'privacy' | 'self-evaluation' | 'directives';

export interface TextEdit {
  range: TextRange;
  newText: string;
}

/** A fix: edits applied together, or not at all. */
export interface Fix {
  description: string;
  edits: TextEdit[];
  /**
   * The text the fix may change when it is wider than the problem's range and related locations:
   * reordering the rows of a table, renumbering what follows a slip, inserting a missing section. The
   * engine refuses an edit outside all of them, so a fix never touches text nobody was told about.
   */
  scope?: TextRange;
}

export interface RelatedLocation {
  message: string;
  range: TextRange;
}

/** What a rule reports; the engine adds rule id, severity and positions. */
export interface Problem {
  message: string;
  range: TextRange;
  fix?: Fix;
  /** Other fixes that need a person's choice (shown as quick fixes, never applied by --fix). */
  suggestions?: Fix[];
  related?: RelatedLocation[];
  /** Structured facts for tools (allowed values, expected text). */
  data?: Record<string, unknown>;
  /**
   * A finding the rule is less sure of than its usual ones (a shape real documents rarely take, a
   * structure with no real samples to go by): the diagnostic gets this severity when the configured
   * one is higher, so an error rule reports it as a warning. It only ever lowers: a rule configured
   * as `info` reports it as `info`, and one switched off reports nothing.
   */
  atMost?: Exclude<Severity, 'error'>;
}

export interface Diagnostic extends Omit<Problem, 'atMost'> {
  ruleId: string;
  severity: Severity;
  /** 0-based start and end positions (UTF-16 columns). */
  start: Position;
  end: Position;
}

export interface RuleMeta {
  /** Stable kebab-case id used in configuration and directives. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** The rule offers fixes that `--fix` may apply. */
  fixable: boolean;
  /** Markdown: what it catches, what it leaves alone, and why. Rendered into docs/rules/<id>.md. */
  docs: string;
  /**
   * Which drafts the rule runs on, asked of the document type's descriptor ("is it graded?", "does
   * it have days on site?"); all drafts when omitted. Rules never list type ids.
   */
  appliesTo?: (document: DocumentType) => boolean;
  /**
   * The schema of the rule's options (`rules: { id: { options: ... } }` in configuration). The
   * configuration schema includes it, so a bad option is a located configuration error, and the rule
   * receives options that passed it. A rule without options takes none.
   */
  options?: z.ZodObject;
}

export interface RuleContext {
  draft: ParsedDraft;
  facts: DraftFacts;
  /** The document types and framework versions the draft is read against. */
  domain: Domain;
  config: LintConfig;
  /** The rule's options from configuration, as its options schema parsed them ({} when it has none). */
  options: Record<string, unknown>;
  report(problem: Problem): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
