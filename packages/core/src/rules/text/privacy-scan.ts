import { defineRule, type Rule, type RuleContext, type RuleMeta } from '../../engine/types.js';
import type { ParsedDraft } from '../../parse/model.js';
import { bareUrls, blankRanges } from './prose.js';
import type { TextMatch } from './text-match.js';
import { visibleText, type VisibleText } from './visible-text.js';

/**
 * Where the privacy rules look: the whole draft, as a reader sees it (see `visibleText`: invisible
 * and bidirectional characters cannot hide a leak). A leak is a leak wherever it sits in the file
 * that is shared, so front-matter values, headings, the judgement table, prose, HTML comments and
 * code all count. Web addresses are blanked for the number detectors (a long number in a link is not
 * a phone number), never for the email detector.
 */
export function privacyScanText(draft: ParsedDraft, keepUrls: boolean): { text: string; visible: VisibleText } {
  let cached = scanned.get(draft);
  if (cached === undefined) {
    cached = { visible: visibleText(draft.text) };
    scanned.set(draft, cached);
  }
  if (keepUrls) return { text: cached.visible.text, visible: cached.visible };
  cached.withoutUrls ??= blankRanges(cached.visible.text, bareUrls(cached.visible.text));
  return { text: cached.withoutUrls, visible: cached.visible };
}

/** Seven rules read the same text; the parse is shared, so the rewriting is done once per parse. */
const scanned = new WeakMap<ParsedDraft, { visible: VisibleText; withoutUrls?: string }>();

export interface PrivacyRuleSpec {
  meta: Omit<RuleMeta, 'category' | 'defaultSeverity' | 'fixable'>;
  /** What one finding is called in messages: "a phone number". */
  noun: string;
  /** Email detection reads addresses in links too; number detectors skip them. */
  keepUrls?: boolean;
  find(text: string, context: RuleContext): TextMatch[];
}

/** A privacy rule: an error for each match, with no fix (only a person can say what to write instead). */
export function definePrivacyRule(spec: PrivacyRuleSpec): Rule {
  return defineRule({
    meta: { ...spec.meta, category: 'privacy', defaultSeverity: 'error', fixable: false },
    check(context) {
      const { text, visible } = privacyScanText(context.draft, spec.keepUrls ?? false);
      for (const match of spec.find(text, context)) {
        context.report({
          message: `This looks like ${spec.noun} ("${redact(match.text)}"): remove it. Reports are public and must not identify a child or family.`,
          range: visible.sourceRange(match.start, match.end),
        });
      }
    },
  });
}

/** Shows enough of the value to find it, not the whole of it (messages end up in CI logs). */
function redact(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  if (flat.length <= 4) return flat;
  return `${flat.slice(0, Math.min(4, Math.floor(flat.length / 3)))}…`;
}
