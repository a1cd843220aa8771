import { defineRule } from '../engine/types.js';
import { frontMatterSchemas } from '../schema/front-matter.js';

/** No key is near this long: a longer unknown key is not a misspelt one. */
const longestKey = 40;
/** Drafts with more unknown keys than this are not typos; the rest are reported without a suggestion, keeping the rule linear. */
const maxSuggestedKeys = 50;

export default defineRule({
  meta: {
    id: 'front-matter-unknown-key',
    description: 'Front-matter keys are ones the schema defines for the document type.',
    category: 'schema',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Warns about keys the schema does not define for the document type, such as \`lead_inspecter\`
or \`focus\` on a short inspection, so that typos do not silently switch a check off. A warning rather
than an error: a team may keep its own keys, and can turn this rule off in configuration. A key one
or two letters away from a known key that is not there yet (\`lead_inspecter\`, \`publsihed\`) gets
"did you mean" and the known key as a suggestion.`,
  },
  check({ draft, facts, domain, report }) {
    if (!facts.type || !draft.frontMatter) return;
    const schemas = frontMatterSchemas(domain);
    const known = Object.keys(schemas.byType.get(facts.type)!.shape);
    const knownPreviousKeys = Object.keys(schemas.previous.shape);
    const present = new Set(draft.frontMatter.entries.map((entry) => entry.path));
    let suggested = 0;
    const nearestFree = (key: string, candidates: readonly string[], prefix: string) => {
      if (suggested >= maxSuggestedKeys) return undefined;
      suggested++;
      // Renaming to a key that is already there would make a duplicate: that is not the fix.
      return nearestKey(
        key,
        candidates.filter((candidate) => !present.has(prefix + candidate)),
      );
    };
    for (const entry of draft.frontMatter.entries) {
      const parts = entry.path.split('.');
      const [top, sub] = parts;
      let unknown: { key: string; where: string; expected: readonly string[]; nearest: string | undefined } | undefined;
      if (parts.length === 1 && !known.includes(top!)) {
        unknown = { key: top!, where: `for ${facts.type}`, expected: known, nearest: nearestFree(top!, known, '') };
      } else if (parts.length === 2 && top === 'previous' && !knownPreviousKeys.includes(sub!)) {
        unknown = {
          key: sub!,
          where: 'in "previous"',
          expected: knownPreviousKeys,
          nearest: nearestFree(sub!, knownPreviousKeys, 'previous.'),
        };
      }
      if (!unknown) continue;
      const { key, where, expected, nearest } = unknown;
      report({
        message: nearest
          ? `Unknown key "${key}" ${where}: did you mean "${nearest}"?`
          : `Unknown key "${key}" ${where}: expected one of: ${expected.join(', ')}.`,
        range: entry.keyRange,
        ...(nearest
          ? { suggestions: [{ description: `Change to "${nearest}"`, edits: [{ range: entry.keyRange, newText: nearest }] }] }
          : {}),
      });
    }
  },
});

/**
 * The one known key closest to a misspelt one: at most one edit away for short keys, two for keys of
 * six letters or more (insertions, deletions, substitutions and swapped neighbours, case ignored);
 * undefined when none is that close or two are equally close.
 */
function nearestKey(key: string, candidates: readonly string[]): string | undefined {
  if (key.length === 0 || key.length > longestKey) return undefined;
  const wanted = key.toLowerCase();
  const limit = wanted.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tied = false;
  for (const candidate of candidates) {
    const distance = boundedEditDistance(wanted, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  return best !== undefined && !tied ? best : undefined;
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), or `limit + 1` as
 * soon as it must exceed `limit`. Both strings are short (at most `longestKey`), so this is bounded.
 */
function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}
