import type { IsoDate } from './iso-date.js';

/** Queen Elizabeth II died on 8 September 2022; inspectors were His Majesty's from that day. */
export const kingsReignBegan: IsoDate = '2022-09-08';

export type MajestyTitle = 'His Majesty’s Inspector' | 'Her Majesty’s Inspector';

/** The title an inspector held on a date. */
export function inspectorTitleOn(iso: IsoDate): MajestyTitle {
  return iso >= kingsReignBegan ? 'His Majesty’s Inspector' : 'Her Majesty’s Inspector';
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
