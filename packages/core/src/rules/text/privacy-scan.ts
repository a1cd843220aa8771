import { defineRule, type Rule, type RuleContext, type RuleMeta } from '../../engine/types.js';
import type { ParsedDraft } from '../../parse/model.js';
import { bareUrls, blankRanges } from './prose.js';
import type { TextMatch } from './text-match.js';

/**
 * Where the privacy rules look: the whole draft. A leak is a leak wherever it sits in the file that
 * is shared, so front-matter values, headings, the judgement table, prose, HTML comments and code all
 * count. Web addresses are blanked for the number detectors (a long number in a link is not a phone
 * number), never for the email detector.
 */
export function privacyScanText(draft: ParsedDraft, keepUrls: boolean): string {
  if (keepUrls) return draft.text;
  let blanked = withoutUrls.get(draft);
  if (blanked === undefined) {
    blanked = blankRanges(draft.text, bareUrls(draft.text));
    withoutUrls.set(draft, blanked);
  }
  return blanked;
}

/** Six rules read the same blanked text; the parse is shared, so the blanking is done once per parse. */
const withoutUrls = new WeakMap<ParsedDraft, string>();

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
      const text = privacyScanText(context.draft, spec.keepUrls ?? false);
      for (const match of spec.find(text, context)) {
        context.report({
          message: `This looks like ${spec.noun} ("${redact(match.text)}"): remove it. Reports are public and must not identify a child or family.`,
          range: { start: match.start, end: match.end },
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
