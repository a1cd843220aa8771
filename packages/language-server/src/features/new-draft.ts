import { builtinDomain, draftSkeleton } from '@ilacs/core';
import { currentAuthorities, findAuthority } from '@ilacs/core/framework';
import { isValidIsoDate, todayInEngland } from '@ilacs/core/cadence';
import type { Connection } from 'vscode-languageserver';
import {
  draftSkeletonRequest,
  newDraftChoicesRequest,
  type DraftSkeletonParams,
  type DraftSkeletonResult,
  type NewDraftChoices,
} from '../protocol.js';

/** The document types (with the first day each suggests from today) and the authorities a new draft can have. */
export function newDraftChoices(today = todayInEngland()): NewDraftChoices {
  return {
    types: builtinDomain.documentTypes.map((type) => ({
      id: type.id,
      name: type.name,
      description: type.description,
      // The first valid days on site from today, or the 1 April that starts a self-evaluation year.
      suggestedStart: type.skeleton.suggestedStart(today),
      startPrompt:
        type.span.key === 'period'
          ? 'First day of the period (YYYY-MM-DD)'
          : 'First day on site (YYYY-MM-DD); the framework follows from it',
    })),
    authorities: currentAuthorities.map((a) => ({ name: a.name, region: a.region, aliases: [...(a.aliases ?? [])] })),
  };
}

/** The skeleton `ilacs new` writes, or why it cannot be written. */
export function newDraftSkeleton(params: DraftSkeletonParams): DraftSkeletonResult {
  const type = builtinDomain.documentType(params.type);
  if (!type)
    return {
      ok: false,
      message: `Unknown document type "${params.type}": expected one of ${builtinDomain.documentTypes.map((t) => t.id).join(', ')}.`,
    };
  const authority = findAuthority(params.authority);
  if (!authority) return { ok: false, message: `Unknown local authority "${params.authority}".` };
  if (!isValidIsoDate(params.start))
    return { ok: false, message: `"${params.start}" is not a date: expected YYYY-MM-DD, such as 2025-01-20.` };
  return { ok: true, text: draftSkeleton({ type: type.id, authority: authority.name, start: params.start }) };
}

export function registerNewDraft(connection: Connection): void {
  connection.onRequest(newDraftChoicesRequest, () => newDraftChoices());
  connection.onRequest<DraftSkeletonResult, never>(draftSkeletonRequest, (params: DraftSkeletonParams) => newDraftSkeleton(params));
}
