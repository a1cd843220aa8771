import { parseDraft, readFacts, type DraftFacts } from '@ilacs/core';
import type * as vscode from 'vscode';

/** The front-matter facts of a draft, or undefined for ordinary Markdown (no `ilacs` key). */
export function draftFacts(document: vscode.TextDocument): DraftFacts | undefined {
  if (document.languageId !== 'markdown') return undefined;
  const draft = parseDraft(document.getText());
  return draft.isDraft ? readFacts(draft) : undefined;
}
