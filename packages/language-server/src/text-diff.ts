import type { TextRange } from '@ilacs/core';

/** One edit that turns `before` into `after`: everything between their common prefix and suffix. */
export function minimalEdit(before: string, after: string): { range: TextRange; newText: string } | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { range: { start, end: endBefore }, newText: after.slice(start, endAfter) };
}
