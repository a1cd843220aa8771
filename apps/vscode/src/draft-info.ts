import { parseDraft, type DraftFacts } from '@ilacs/core';
import { readFacts } from '@ilacs/core/tools';
import type * as vscode from 'vscode';

/** The last document version read: the status bar asks again for the same version when diagnostics arrive. */
let last: { uri: string; version: number; facts: DraftFacts | undefined } | undefined;

/** The front-matter facts of a draft, or undefined for ordinary Markdown (no `ilacs` key). */
export function draftFacts(document: vscode.TextDocument): DraftFacts | undefined {
  if (document.languageId !== 'markdown') return undefined;
  const uri = document.uri.toString();
  if (last?.uri === uri && last.version === document.version) return last.facts;
  const draft = parseDraft(document.getText());
  const facts = draft.isDraft ? readFacts(draft) : undefined;
  last = { uri, version: document.version, facts };
  return facts;
}
