import { matchAt, occurrences, type TextMatch, withoutOverlaps } from './text-match.js';

const localChar = /[A-Za-z0-9._%+\-']/;
const domainChar = /[A-Za-z0-9.-]/;
const maxLocal = 64;
const maxDomain = 253;

/**
 * Email addresses: local@domain.tld, also with spaces around the "@" ("jack @ gmail.com") and
 * written to dodge filters ("jack at gmail dot com", "jack [at] gmail [dot] com", "jack(at)gmail.com",
 * "j.smith at leeds.gov.uk"). Invisible characters, full-width "＠" and right-to-left overrides are
 * undone before detection (see visible-text.ts).
 *
 * Left alone, as published contact details rather than anyone's personal data:
 * - every address at ofsted.gov.uk: Ofsted's mailboxes (enquiries@, socialcare@...) and the work
 *   addresses of its staff, whom its own letters name and sign;
 * - role mailboxes of public bodies and charities: a local part naming a function (enquiries, info,
 *   mash, duty, lado, fostering, psi...) at a .gov.uk, .nhs.uk, .nhs.net, .police.uk, .org.uk,
 *   .ac.uk or .sch.uk domain.
 * Flagged: every other address, including a named person's work address at a council
 * (jane.smith@council.gov.uk), and any address at a personal mail service.
 *
 * Linear: each "@" and each top-level domain is read outwards once, with no pattern that could
 * backtrack over the text; obfuscated forms are read on a bounded window before their ending.
 */
export function findEmailAddresses(text: string): TextMatch[] {
  const found = [...plainAddresses(text), ...spelledOutAddresses(text)].filter((m) => !isPublishedContact(m.local, m.domain));
  return withoutOverlaps(text, found);
}

interface Address extends TextMatch {
  local: string;
  /** Lower case, with dots. */
  domain: string;
}

function plainAddresses(text: string): Address[] {
  const found: Address[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // "jack.smith @ gmail.com": one space either side of the @ is still an address.
    const localEnd = text[at - 1] === ' ' ? at - 1 : at;
    const domainStart = text[at + 1] === ' ' ? at + 2 : at + 1;
    let start = localEnd;
    while (start > 0 && localEnd - start < maxLocal && localChar.test(text[start - 1]!)) start--;
    while (start < localEnd && /[.'-]/.test(text[start]!)) start++;
    if (start === localEnd) continue;
    let end = domainStart;
    while (end < text.length && end - domainStart <= maxDomain && domainChar.test(text[end]!)) end++;
    // A sentence's full stop or a trailing hyphen is not part of the domain.
    while (end > domainStart && /[.-]/.test(text[end - 1]!)) end--;
    const domain = text.slice(domainStart, end);
    const labels = domain.split('.');
    const tld = labels.at(-1) ?? '';
    if (labels.length < 2 || labels.some((l) => l === '' || l.startsWith('-')) || !/^[A-Za-z]{2,}$/.test(tld)) continue;
    // With spaces, only a top-level domain that mail uses ("meet @ 10.30" is not an address).
    if ((localEnd !== at || domainStart !== at + 1) && !topLevelDomains.has(tld.toLowerCase())) continue;
    found.push({ ...matchAt(text, start, end), local: text.slice(start, localEnd), domain: domain.toLowerCase() });
  }
  return found;
}

const topLevelDomains: ReadonlySet<string> = new Set(
  'com co uk org net gov ac sch nhs police mod edu info biz me io ie eu scot wales cymru london email online live icloud'.split(' '),
);
/** "[at]", "(at)", "{at}", "<at>", " at ", " AT ", "@" with spaces, ending where the domain starts. */
const atBefore = /(?:[ \t]*[[({<][ \t]*(?:at|AT)[ \t]*[\])}>][ \t]*|[ \t]+(?:at|AT)[ \t]+|[ \t]*@[ \t]*)$/;
/** "." or "[dot]", "(dot)", " dot ", " DOT ", ending where the next label starts. */
const dotBefore = /(?:\.|[ \t]*[[({<][ \t]*(?:dot|DOT)[ \t]*[\])}>][ \t]*|[ \t]+(?:dot|DOT)[ \t]+)$/;
/** Where a written-out address may end: a top-level domain after a dot or a "dot". */
const domainGoesOn = /^(?:\.|[ \t]*[[({<][ \t]*(?:dot|DOT)[ \t]*[\])}>][ \t]*|[ \t]+(?:dot|DOT)[ \t]+)[A-Za-z0-9]/;
const topLevelAfterDot = /^(?:com|uk|org|net|gov|info|biz|me|io|ie|eu)(?![A-Za-z0-9])/i;
const topLevelAfterDotWord =
  /^(?:dot|DOT|Dot)[ \t]*[\])}>]?[ \t]+(com|uk|org|net|gov|info|biz|me|io|ie|eu)(?![A-Za-z0-9])|^(?:dot|DOT|Dot)[ \t]*[\])}>][ \t]*(com|uk|org|net|gov|info|biz|me|io|ie|eu)(?![A-Za-z0-9])/i;

/**
 * Where written-out addresses may end: a top-level domain after "." or after "dot", as
 * { separator start, top-level domain }. Found by string search for "." and "dot".
 */
function topLevelEndings(text: string): { at: number; tld: string; end: number }[] {
  const endings: { at: number; tld: string; end: number }[] = [];
  for (const dot of occurrences(text, ['.'])) {
    const tld = topLevelAfterDot.exec(text.slice(dot + 1, dot + 6));
    if (tld) endings.push({ at: dot, tld: tld[0], end: dot + 1 + tld[0].length });
  }
  for (const word of occurrences(text, ['dot', 'DOT', 'Dot'])) {
    const tld = topLevelAfterDotWord.exec(text.slice(word, word + 14));
    if (!tld) continue;
    // The separator starts with the space or bracket before "dot".
    let at = word;
    while (at > 0 && /[ \t[({<]/.test(text[at - 1]!)) at--;
    endings.push({ at, tld: (tld[1] ?? tld[2])!, end: word + tld[0].length });
  }
  return endings;
}

/**
 * Written-out addresses, read backwards from each top-level domain: the domain's labels and their
 * separators, then an "at", then the local part. Every step reads a bounded slice, so each ending
 * costs a constant.
 */
function spelledOutAddresses(text: string): Address[] {
  const found: Address[] = [];
  for (const ending of topLevelEndings(text)) {
    const end = ending.end;
    // A URL, or a domain that goes on ("ofsted.gov" in "ofsted.gov.uk"): the last ending reads it.
    if (text[end] === '/' || domainGoesOn.test(text.slice(end, end + 12))) continue;
    let spelled = text[ending.at] !== '.';
    const labels: string[] = [ending.tld];
    let pos = ending.at;
    for (let guard = 0; guard < 6; guard++) {
      const labelStart = runStart(text, pos, /[A-Za-z0-9-]/, 63);
      if (labelStart === pos) break;
      labels.unshift(text.slice(labelStart, pos));
      pos = labelStart;
      const dot = dotBefore.exec(text.slice(Math.max(0, pos - 12), pos));
      if (!dot) break;
      spelled ||= dot[0] !== '.';
      pos -= dot[0].length;
    }
    if (labels.length < 2 || labels[0]!.toLowerCase() === 'www' || labels.some((l) => l.startsWith('-') || l.endsWith('-'))) continue;
    const at = atBefore.exec(text.slice(Math.max(0, pos - 12), pos));
    // A plain "@" is read by plainAddresses.
    if (!at || at[0] === '@') continue;
    const localParts: string[] = [];
    let localStart = pos - at[0].length;
    for (let guard = 0; guard < 6; guard++) {
      const partStart = runStart(text, localStart, /[A-Za-z0-9%+_'-]/, 64);
      if (partStart === localStart) break;
      localParts.unshift(text.slice(partStart, localStart));
      localStart = partStart;
      const dot = dotBefore.exec(text.slice(Math.max(0, localStart - 12), localStart));
      if (!dot) break;
      spelled ||= dot[0] !== '.';
      localStart -= dot[0].length;
    }
    if (localParts.length === 0) continue;
    // Back over a separator that did not lead to another part.
    while (!/[A-Za-z0-9%+_'-]/.test(text[localStart] ?? '')) localStart++;
    if (/[A-Za-z0-9%+_'.@-]/.test(text[localStart - 1] ?? '')) continue;
    const local = localParts.join('.');
    const bracketed = /[[({<]/.test(at[0]);
    // "available at www.gov.uk" is a sentence; "j.smith at leeds.gov.uk" and "jack at gmail dot com" are addresses.
    if (!at[0].includes('@') && !spelled && !bracketed && !/[._\d]/.test(local)) continue;
    found.push({ ...matchAt(text, localStart, end), local, domain: labels.join('.').toLowerCase() });
  }
  return found;
}

/** The start of the run of `chars` that ends at `end`, at most `max` long. */
function runStart(text: string, end: number, chars: RegExp, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && chars.test(text[start - 1]!)) start--;
  return start;
}

/** Published contact details: Ofsted's own addresses and public bodies' role mailboxes. */
function isPublishedContact(local: string, domain: string): boolean {
  if (domain === 'ofsted.gov.uk' || domain.endsWith('.ofsted.gov.uk')) return true;
  if (!/\.(?:gov\.uk|gov\.wales|gov\.scot|nhs\.uk|nhs\.net|police\.uk|org\.uk|ac\.uk|sch\.uk|parliament\.uk|mod\.uk)$/.test(domain))
    return false;
  const parts = local.toLowerCase().split(/[._+\-\d]+/);
  return parts.some((part) => roleWords.has(part)) || roleWords.has(local.toLowerCase().replace(/[._+\-\d]+/g, ''));
}

/** What a shared mailbox is named after: a function, a team or a service, not a person. */
const roleWords: ReadonlySet<string> = new Set(
  `enquiries enquiry info information contact contactus hello admin administration office help helpdesk helpline support duty
  mash referrals referral frontdoor front door complaints complaint feedback foi psi press media news comms communications
  reception customer customers customerservices services service team teams childrens children childrensservices
  childrenservices socialcare social care safeguarding lado iro fostering adoption virtualschool virtual school leavingcare
  careleavers leaving edt emergency outofhours ooh secretariat governance data performance quality webmaster post mail
  mailbox inbox general noreply donotreply recruitment jobs hr lasc mailroom licensing whistleblowing cin cp cla yot yos
  earlyhelp hub familyhub`.split(/\s+/),
);
