import {
  draftSkeletonRequest,
  newDraftChoicesRequest,
  type DraftSkeletonParams,
  type DraftSkeletonResult,
  type NewDraftChoices,
} from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';
import type { LanguageClientController } from '../language-client.js';

/** Answers given up front (by a test or another extension) skip their pickers. */
export interface NewDraftArguments {
  type?: string;
  authority?: string;
  start?: string;
}

/** The shape only; whether it is a real day is the server's answer. */
const isoDateShape = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "New inspection report draft": document type, authority and first day, then an untitled Markdown
 * document with the skeleton the CLI's `ilacs new` writes. The language server knows the types, the
 * authorities and the skeletons; this asks it. Returns the document (undefined when cancelled).
 */
export async function newDraft(
  controller: LanguageClientController,
  given: NewDraftArguments = {},
): Promise<vscode.TextDocument | undefined> {
  try {
    const choices = await controller.request<NewDraftChoices>(newDraftChoicesRequest);
    const type = given.type ? choices.types.find((t) => t.id === given.type) : await pickType(choices);
    if (!type) return undefined;
    const authority = given.authority ?? (await pickAuthority(choices));
    if (!authority) return undefined;
    const start = given.start ?? (await askStart(type));
    if (!start) return undefined;
    const params: DraftSkeletonParams = { type: type.id, authority, start };
    const skeleton = await controller.request<DraftSkeletonResult>(draftSkeletonRequest, params);
    if (!skeleton.ok) {
      void vscode.window.showErrorMessage(`ILACS: ${skeleton.message}`);
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: skeleton.text });
    await vscode.window.showTextDocument(document);
    return document;
  } catch (error) {
    void vscode.window.showErrorMessage(`ILACS: cannot start a draft: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function pickType(choices: NewDraftChoices): Promise<NewDraftChoices['types'][number] | undefined> {
  const picked = await vscode.window.showQuickPick(
    choices.types.map((t) => ({ label: t.name, description: t.id, detail: t.description, type: t })),
    { title: 'New inspection report draft (1/3)', placeHolder: 'Document type', matchOnDescription: true },
  );
  return picked?.type;
}

async function pickAuthority(choices: NewDraftChoices): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    choices.authorities.map((a) => ({ label: a.name, description: a.region, detail: a.aliases.join(', ') })),
    { title: 'New inspection report draft (2/3)', placeHolder: 'Local authority', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.label;
}

async function askStart(type: NewDraftChoices['types'][number]): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: 'New inspection report draft (3/3)',
    prompt: type.startPrompt,
    // The type's suggested first day: the first valid days on site from today, or the 1 April that starts a self-evaluation year.
    value: type.suggestedStart,
    validateInput: (text) => (isoDateShape.test(text.trim()) ? undefined : 'A date as YYYY-MM-DD, such as 2025-01-20.'),
  });
  return value?.trim();
}
