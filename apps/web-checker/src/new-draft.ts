import { builtinDomain, draftSkeleton } from '@ilacs/core';
import { currentAuthorities } from '@ilacs/core/framework';
import { todayInEngland } from '@ilacs/core/cadence';

export function fillNewDraftForm(type: HTMLSelectElement, authority: HTMLSelectElement, start: HTMLInputElement): void {
  type.replaceChildren(...builtinDomain.documentTypes.map((t) => new Option(t.name, t.id)));
  authority.replaceChildren(...[...currentAuthorities].sort((a, b) => a.name.localeCompare(b.name)).map((a) => new Option(a.name, a.name)));
  start.value = suggestedStart(type.value);
}

/** The type's suggested first day from today (the next valid days on site, or the financial year). */
export function suggestedStart(type: string): string {
  const today = todayInEngland();
  return builtinDomain.documentType(type)?.skeleton.suggestedStart(today) ?? today;
}

export function newDraft(type: string, authority: string, start: string): string {
  return draftSkeleton({ type, authority, start });
}
