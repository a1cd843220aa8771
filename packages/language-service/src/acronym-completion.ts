import { type GlossaryAdditions, glossaryWith, spelledOut } from '@ilacs/core/framework';
import type { LineContext } from './line-context.js';
import type { EditorCompletion } from './types.js';

/**
 * Acronym expansions from the glossary: typing "IRO" (or "indep") offers "independent reviewing
 * officer (IRO)" at first use, as Ofsted's house style spells acronyms out once, and the bare acronym
 * once it is defined or when it is an everyday one (UK, GP).
 */
export function acronymCompletions(text: string, context: LineContext, additions: GlossaryAdditions | undefined): EditorCompletion[] {
  let i = context.before.length;
  while (i > 0 && context.before.length - i < 24 && /[A-Za-z&]/.test(context.before[i - 1]!)) i--;
  const typed = context.before.slice(i);
  if (typed.length < 2) return [];
  const lower = typed.toLowerCase();
  const start = context.lineStart + i;
  const before = text.slice(0, start);
  const items: EditorCompletion[] = [];
  for (const entry of glossaryWith(additions)) {
    const byAcronym = entry.acronym.toLowerCase().startsWith(lower);
    if (!byAcronym && !entry.expansion.toLowerCase().startsWith(lower)) continue;
    const defined = entry.common === true || before.includes(`(${entry.acronym})`);
    items.push({
      label: entry.acronym,
      kind: 'acronym',
      insertText: defined ? entry.acronym : spelledOut(entry),
      snippet: false,
      range: { start, end: context.offset },
      detail: entry.expansion,
      documentation: entry.common
        ? `${entry.acronym}: ${entry.expansion}. An everyday abbreviation: no need to spell it out.`
        : defined
          ? `${entry.acronym}: ${entry.expansion}. Already spelled out earlier in the draft.`
          : `${entry.acronym}: ${entry.expansion}. Spelled out at first use, as Ofsted’s house style asks.`,
      filterText: byAcronym ? entry.acronym : entry.expansion,
    });
  }
  return items;
}
