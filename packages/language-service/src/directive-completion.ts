import type { LineContext } from './line-context.js';
import type { EditorCompletion } from './types.js';

const kinds = ['disable-next-line', 'disable-line', 'disable', 'enable'] as const;
const kindDocs: Record<(typeof kinds)[number], string> = {
  'disable-next-line': 'Switches the named rules (all when none is named) off for the next line.',
  'disable-line': 'Switches the named rules off for this line.',
  disable: 'Switches the named rules off until `ilacs-enable`.',
  enable: 'Switches rules back on after `ilacs-disable`.',
};
const afterKind = /^[ \t]*ilacs-(disable-next-line|disable-line|disable|enable)[ \t]+((?:[\w-][\w \t-]*)?)$/;
const kindBeingTyped = /^[ \t]*([\w-]*)$/;

/**
 * Disable directives: `<!-- ilacs-disable-next-line rule -->` in the body, `# ilacs-disable-next-line rule`
 * in the front matter; then the rule ids, with what each checks.
 */
export function directiveCompletions(
  context: LineContext,
  inFrontMatter: boolean,
  rules: readonly { id: string; description: string }[],
): EditorCompletion[] {
  const opener = inFrontMatter ? '#' : '<!--';
  const at = inFrontMatter
    ? context.before.trimStart().startsWith('#')
      ? context.before.indexOf('#')
      : -1
    : context.before.lastIndexOf('<!--');
  if (at === -1) return [];
  const inside = context.before.slice(at + opener.length);
  if (!inFrontMatter && inside.includes('-->')) return [];
  let wordStart = inside.length;
  while (wordStart > 0 && /[\w-]/.test(inside[wordStart - 1]!)) wordStart--;
  const word = inside.slice(wordStart);
  const range = { start: context.offset - word.length, end: context.offset };

  const ruleMatch = afterKind.exec(inside);
  if (ruleMatch) {
    const named = new Set(ruleMatch[2]!.split(/[ \t]+/).filter((id) => id !== '' && id !== word));
    return rules
      .filter((r) => !named.has(r.id))
      .map((r) => ({
        label: r.id,
        kind: 'rule' as const,
        insertText: r.id,
        snippet: false,
        range,
        detail: r.description,
        documentation: r.description,
      }));
  }
  const typed = kindBeingTyped.exec(inside);
  if (!typed) return [];
  const closes = inFrontMatter || context.after.includes('-->');
  return kinds
    .filter((k) => `ilacs-${k}`.startsWith(typed[1]!) || typed[1] === '')
    .map((k, index) => ({
      label: `ilacs-${k}`,
      kind: 'directive' as const,
      insertText: `ilacs-${k} \${1:rule-id}${closes ? '' : ' -->'}`,
      snippet: true,
      range,
      documentation: kindDocs[k],
      sortText: String(index),
    }));
}
