import type { Ignore } from 'ignore';

/**
 * Whether gitignore matchers, outermost first, ignore a file, given the file's path relative to each
 * matcher's folder as `/`-separated parts (undefined: the file is outside that folder, which is not
 * its business). As in git, a deeper matcher's patterns (including `!` re-inclusions) win, and once a
 * folder is excluded nothing below it can be re-included. No file system: the Node resolver and the
 * browser one share it.
 */
export function ignoredByMatchers(layers: readonly { matcher: Ignore; parts: readonly string[] | undefined }[]): boolean {
  let ignored = false;
  for (const { matcher, parts } of layers) {
    if (!parts || parts.length === 0) continue;
    // Testing "folder/" also tests the folders above it; the library caches those answers.
    if (parts.length > 1 && matcher.ignores(`${parts.slice(0, -1).join('/')}/`)) return true;
    const result = matcher.test(parts.join('/'));
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
