import { defineRule } from '../engine/types.js';
import type { EngineContext } from '../engine/lint.js';
import { maxRuleIdsPerDirective } from '../engine/directives.js';

export default defineRule({
  meta: {
    id: 'directive-unknown-rule',
    description: 'Disable directives name rules that exist.',
    category: 'directives',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `\`<!-- ilacs-disable-next-line rule-id -->\`, \`<!-- ilacs-disable-line rule-id -->\`,
\`<!-- ilacs-disable rule-id -->\` ... \`<!-- ilacs-enable rule-id -->\` (and \`# ilacs-disable-next-line rule-id\`
in the front matter) switch rules off. A misspelt rule id would silently switch nothing off, so it is
reported, with the closest rule ids as suggestions.`,
  },
  check(context) {
    const { directives, knownRuleIds, report } = context as EngineContext;
    for (const directive of directives) {
      if (directive.overflow) {
        report({
          message: `This ilacs-${directive.kind} names more than ${maxRuleIdsPerDirective} rules; the rest were not read.`,
          range: directive.overflow,
        });
      }
      for (const { id, range } of directive.ruleIds) {
        if (knownRuleIds.has(id)) continue;
        const close = [...knownRuleIds]
          .filter((known) => known.includes(id) || id.includes(known) || sharedPrefix(known, id) >= 5)
          .sort((a, b) => sharedPrefix(b, id) - sharedPrefix(a, id))
          .slice(0, 3);
        report({
          message: `Unknown rule "${id}" in ilacs-${directive.kind}${close.length ? `: did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '.'}`,
          range,
          suggestions: close.map((c) => ({ description: `Change to "${c}"`, edits: [{ range, newText: c }] })),
        });
      }
    }
  },
});

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
