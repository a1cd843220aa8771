import { builtinRules, type DraftFacts, type ParsedDraft } from '@ilacs/core';
import { acronymCompletions } from './acronym-completion.js';
import { directiveCompletions } from './directive-completion.js';
import { frontMatterCompletions } from './front-matter-completion.js';
import { headingCompletions } from './heading-completion.js';
import { lineContext } from './line-context.js';
import { skeletonCompletions } from './skeleton-completion.js';
import { tableCompletions } from './table-completion.js';
import { tagCompletions } from './tag-completion.js';
import type { EditorCompletion, EditorOptions } from './types.js';

/** Rule ids and descriptions for directive completion, from the built-in rules. */
export const builtinRuleSummaries: readonly { id: string; description: string }[] = builtinRules.map((r) => ({
  id: r.meta.id,
  description: r.meta.description,
}));

/**
 * Everything an editor may offer at a caret (an offset into the draft text): front-matter keys and
 * values, headings and grades, judgement-table cells, National Framework tags, acronym expansions,
 * disable directives and skeletons. Ordinary Markdown gets nothing but the `ilacs` key and skeletons.
 */
export function completeAt(draft: ParsedDraft, facts: DraftFacts, offset: number, options: EditorOptions = {}): EditorCompletion[] {
  const context = lineContext(draft, offset);
  const skeletons = skeletonCompletions(draft, facts, context.offset, options);
  if (skeletons.length > 0 && draft.text.trim() === '') return skeletons;
  const rules = options.rules ?? builtinRuleSummaries;

  const frontMatter = draft.frontMatter;
  if (
    frontMatter &&
    context.offset >= frontMatter.contentRange.start &&
    context.offset <= frontMatter.contentRange.end &&
    context.line > 0
  ) {
    const directives = draft.isDraft ? directiveCompletions(context, true, rules) : [];
    return directives.length > 0 ? directives : frontMatterCompletions(draft, facts, context, options);
  }
  if (!draft.isDraft || context.offset < draft.bodyStart) return [];
  if (skeletons.length > 0) return skeletons;

  const directives = directiveCompletions(context, false, rules);
  if (directives.length > 0 || context.before.includes('<!--')) return directives;
  const headings = headingCompletions(draft, facts, context, options);
  if (headings.length > 0 || /^ {0,3}#/.test(context.before)) return headings;
  const table = tableCompletions(draft, facts, context, options);
  if (table.length > 0 || context.before.trimStart().startsWith('|')) return table;
  return [...tagCompletions(draft, context), ...acronymCompletions(draft.text, context, options.glossary)];
}
