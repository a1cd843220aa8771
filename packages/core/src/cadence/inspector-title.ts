import type { IsoDate } from './iso-date.js';

/** Queen Elizabeth II died on 8 September 2022; inspectors were His Majesty's from that day. */
export const kingsReignBegan: IsoDate = '2022-09-08';

export type MajestyTitle = 'His Majesty’s Inspector' | 'Her Majesty’s Inspector';

/** The title an inspector held on a date. */
export function inspectorTitleOn(iso: IsoDate): MajestyTitle {
  return iso >= kingsReignBegan ? 'His Majesty’s Inspector' : 'Her Majesty’s Inspector';
}

/**
 * What a document's lead-inspector line may say. The title is the one held on the last day on site:
 * reports of inspections before 8 September 2022 that were published after it say "Her". The title
 * held on the publication day, where it differs, is `alsoHeld`: not what Ofsted printed, but what the
 * inspector was called by then, so writing it is a slip rather than certainly wrong.
 */
export interface ExpectedInspectorTitle {
  title: MajestyTitle;
  /** The day that decides it: the last day on site, or the publication date when there are no days on site. */
  basis: { day: IsoDate; what: 'last day on site' | 'publication date' };
  alsoHeld?: MajestyTitle;
}

export function expectedInspectorTitle(
  lastDayOnSite: IsoDate | undefined,
  published: IsoDate | undefined,
): ExpectedInspectorTitle | undefined {
  const day = lastDayOnSite ?? published;
  if (day === undefined) return undefined;
  const title = inspectorTitleOn(day);
  const atPublication = published !== undefined && lastDayOnSite !== undefined ? inspectorTitleOn(published) : title;
  return {
    title,
    basis: { day, what: lastDayOnSite !== undefined ? 'last day on site' : 'publication date' },
    ...(atPublication !== title ? { alsoHeld: atPublication } : {}),
  };
}

export interface WrittenTitle {
  title: MajestyTitle;
  /** Offsets of the "His" or "Her" word within the text. */
  start: number;
  end: number;
}

// Bounded: fixed words separated by single runs of spaces; the apostrophe may be typographic.
const writtenTitlePattern = /\b(His|Her) Majesty['’]s Inspector\b/i;

/** The Majesty title written in a lead-inspector line, if any ("Name HMI" writes neither). */
export function writtenInspectorTitle(text: string): WrittenTitle | undefined {
  const m = writtenTitlePattern.exec(text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return { title: word === 'his' ? 'His Majesty’s Inspector' : 'Her Majesty’s Inspector', start: m.index, end: m.index + m[1]!.length };
}
