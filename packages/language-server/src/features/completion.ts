import {
  completeAt,
  completionTriggerCharacters as triggerCharacters,
  opensCompletion,
  snippetToPlainText,
  type EditorCompletion,
  type EditorOptions,
} from '@ilacs/language-service';
import {
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  type CompletionContext,
  type CompletionItem,
  type Position,
} from 'vscode-languageserver';
import type { Analysis } from '../analysis-cache.js';
import { toLspRange, toOffset } from '../positions.js';

const kinds: Record<EditorCompletion['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  authority: CompletionItemKind.Value,
  date: CompletionItemKind.Snippet,
  grade: CompletionItemKind.EnumMember,
  heading: CompletionItemKind.Text,
  table: CompletionItemKind.Snippet,
  tag: CompletionItemKind.Reference,
  acronym: CompletionItemKind.Text,
  skeleton: CompletionItemKind.Snippet,
  directive: CompletionItemKind.Keyword,
  rule: CompletionItemKind.Constant,
};

export const completionTriggerCharacters = [...triggerCharacters];

export function completionItems(
  analysis: Analysis,
  position: Position,
  options: EditorOptions,
  snippetSupport: boolean,
  context?: CompletionContext,
): CompletionItem[] {
  const { draft } = analysis;
  const offset = toOffset(draft, position);
  if (context?.triggerKind === CompletionTriggerKind.TriggerCharacter) {
    // A list that opens by itself mid-value turns the Enter that ends the line into accepting a suggestion.
    const lineBefore = draft.text.slice(draft.lines.lineStart(draft.lines.lineOf(offset)), offset);
    if (!opensCompletion(lineBefore, context.triggerCharacter)) return [];
  }
  return completeAt(draft, analysis.facts, offset, options).map((item) => {
    // LSP wants a completion's edit on the caret's line; a skeleton for an empty file may span lines.
    const lineOf = (o: number) => draft.lines.lineOf(o);
    const caretLine = lineOf(offset);
    const range =
      lineOf(item.range.start) === caretLine && lineOf(item.range.end) === caretLine
        ? item.range
        : {
            start: Math.max(item.range.start, draft.lines.lineStart(caretLine)),
            end: Math.min(item.range.end, draft.lines.lineEnd(caretLine)),
          };
    const asSnippet = item.snippet && snippetSupport;
    return {
      label: item.label,
      kind: kinds[item.kind],
      ...(item.detail ? { detail: item.detail } : {}),
      ...(item.documentation ? { documentation: { kind: 'markdown' as const, value: item.documentation } } : {}),
      ...(item.filterText ? { filterText: item.filterText } : {}),
      ...(item.sortText ? { sortText: item.sortText } : {}),
      insertTextFormat: asSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: {
        range: toLspRange(draft, range),
        newText: asSnippet ? item.insertText : item.snippet ? snippetToPlainText(item.insertText) : item.insertText,
      },
    };
  });
}
