import { lint, type LintResult } from './engine/lint.js';
import { applyFixes } from './engine/fixes.js';
import type { LintConfig } from './engine/config.js';
import type { Diagnostic, Rule } from './engine/types.js';
import type { ParsedDraft } from './parse/model.js';
import type { Domain } from './framework/domain.js';
import { builtinRules } from './rules/index.js';

const builtinRuleIds = builtinRules.map((rule) => rule.meta.id);

export interface LintTextOptions {
  config?: LintConfig;
  /** Defaults to every built-in rule. */
  rules?: readonly Rule[];
  draft?: ParsedDraft;
  /** The document types and framework versions; the built-in ones when omitted. */
  domain?: Domain;
}

/** Lints draft text with the built-in rules. Ordinary Markdown (no `ilacs` front matter) gives no diagnostics. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  return lint(text, {
    rules: options.rules ?? builtinRules,
    knownRuleIds: builtinRuleIds,
    ...(options.config ? { config: options.config } : {}),
    ...(options.draft ? { draft: options.draft } : {}),
    ...(options.domain ? { domain: options.domain } : {}),
  });
}

export interface FixTextResult {
  /** The text with every applicable fix applied. */
  output: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  /** Diagnostics that remain after fixing. */
  diagnostics: Diagnostic[];
}

/** Most fixes settle in one pass; renumbering after other fixes may need a second. */
const maxFixPasses = 10;

/**
 * Applies every rule's fix, re-linting between passes (as ESLint does) until nothing more applies.
 * Only edits attached to reported diagnostics are made; running it again changes nothing. A parsed
 * `draft` of this very text (an editor's cached parse) saves parsing it again for the first pass.
 */
export function fixText(text: string, options: LintTextOptions = {}): FixTextResult {
  let output = text;
  let fixed = 0;
  let result = lintText(output, options.draft?.text === text ? options : withoutDraft(options));
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const applied = applyFixes(output, result.diagnostics);
    if (applied.applied.length === 0) break;
    fixed += applied.applied.length;
    output = applied.text;
    result = lintText(output, withoutDraft(options));
  }
  return { output, fixed, diagnostics: result.diagnostics };
}

/** A parsed draft belongs to one text; fixing changes the text, so it must be parsed again. */
function withoutDraft(options: LintTextOptions): LintTextOptions {
  const { draft: _draft, ...rest } = options;
  return rest;
}
