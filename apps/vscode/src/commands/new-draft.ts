import { builtinDomain, draftSkeleton } from '@ilacs/core';
import { currentAuthorities, findAuthority } from '@ilacs/core/framework';
import { isValidIsoDate, todayInEngland } from '@ilacs/core/cadence';
import * as vscode from 'vscode';

/** Answers given up front (by a test or another extension) skip their pickers. */
export interface NewDraftArguments {
  type?: string;
  authority?: string;
  start?: string;
}

/**
 * "New inspection report draft": document type, authority and first day, then an untitled Markdown
 * document with the skeleton the CLI's `ilacs new` writes. Returns the document (undefined when cancelled).
 */
export async function newDraft(given: NewDraftArguments = {}): Promise<vscode.TextDocument | undefined> {
  const type = given.type ?? (await pickType());
  if (!type) return undefined;
  const authority = given.authority ? findAuthority(given.authority)?.name : await pickAuthority();
  if (!authority) {
    if (given.authority) void vscode.window.showErrorMessage(`ILACS: unknown local authority "${given.authority}".`);
    return undefined;
  }
  const start = given.start ?? (await askStart(type));
  if (!start || !isValidIsoDate(start)) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: draftSkeleton({ type, authority, start }) });
  await vscode.window.showTextDocument(document);
  return document;
}

async function pickType(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    builtinDomain.documentTypes.map((t) => ({ label: t.name, description: t.id, detail: t.description, id: t.id })),
    { title: 'New inspection report draft (1/3)', placeHolder: 'Document type', matchOnDescription: true },
  );
  return picked?.id;
}

async function pickAuthority(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    currentAuthorities.map((a) => ({ label: a.name, description: a.region, detail: a.aliases?.join(', ') })),
    { title: 'New inspection report draft (2/3)', placeHolder: 'Local authority', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.label;
}

async function askStart(type: string): Promise<string | undefined> {
  const now = todayInEngland();
  const descriptor = builtinDomain.documentType(type);
  // Offer the type's suggested first day: the first valid days on site from today, or the 1 April that starts a self-evaluation year.
  const suggested = descriptor?.skeleton.suggestedStart(now) ?? now;
  return vscode.window.showInputBox({
    title: 'New inspection report draft (3/3)',
    prompt: descriptor?.span.key === 'period' ? 'First day of the period (YYYY-MM-DD)' : 'First day on site (YYYY-MM-DD); the framework follows from it',
    value: suggested,
    validateInput: (value) => (isValidIsoDate(value.trim()) ? undefined : 'A date as YYYY-MM-DD, such as 2025-01-20.'),
  }).then((value) => value?.trim());
}
