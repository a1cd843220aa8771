import { addDays, currentAuthorities, dayOfWeek, documentTypes, draftSkeleton, type DocumentTypeId } from '@ilacs/core';
import { today } from './today.js';


/** Inspections start on a Monday; the next one is a sensible default. */
export function nextMonday(from: string = today()): string {
  const offset = (8 - dayOfWeek(from)) % 7 || 7;
  return addDays(from, offset);
}

export function fillNewDraftForm(type: HTMLSelectElement, authority: HTMLSelectElement, start: HTMLInputElement): void {
  type.replaceChildren(...documentTypes.map((t) => new Option(t.name, t.id)));
  authority.replaceChildren(...[...currentAuthorities].sort((a, b) => a.name.localeCompare(b.name)).map((a) => new Option(a.name, a.name)));
  start.value = nextMonday();
}

export function newDraft(type: string, authority: string, start: string): string {
  return draftSkeleton({ type: type as DocumentTypeId, authority, start });
}
