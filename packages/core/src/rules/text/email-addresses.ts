import { matchAt, type TextMatch } from './text-match.js';

const localChar = /[A-Za-z0-9._%+\-']/;
const domainChar = /[A-Za-z0-9.-]/;
const maxLocal = 64;
const maxDomain = 253;

/**
 * Email addresses: local@domain.tld. Found by looking out from each "@" (linear in the text, with no
 * regular expression that could backtrack). The domain needs a dot and a top-level part of two or
 * more letters, so "@handle" and "a@b" are not addresses.
 */
export function findEmailAddresses(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < maxLocal && localChar.test(text[start - 1]!)) start--;
    while (start < at && /[.'\-]/.test(text[start]!)) start++;
    if (start === at) continue;
    let end = at + 1;
    while (end < text.length && end - at <= maxDomain && domainChar.test(text[end]!)) end++;
    // A sentence's full stop or a trailing hyphen is not part of the domain.
    while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--;
    const domain = text.slice(at + 1, end);
    const labels = domain.split('.');
    const tld = labels.at(-1) ?? '';
    if (labels.length < 2 || labels.some((l) => l === '' || l.startsWith('-')) || !/^[A-Za-z]{2,}$/.test(tld)) continue;
    found.push(matchAt(text, start, end));
  }
  return found;
}
