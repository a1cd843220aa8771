/**
 * Characters after which an editor asks for completion by itself. Not `-` (dates, hyphenated words
 * and list items are typed with it), and a space only where it opens a slot (see `opensCompletion`):
 * a list that opens by itself in the middle of a value turns the Enter that ends the line into
 * accepting a suggestion.
 */
export const completionTriggerCharacters: readonly string[] = [':', ' ', '|', '(', '[', '#'];

/** How much of the line before the caret the check reads: slots open within a few words. */
const lookBehind = 120;

/**
 * Text before a typed space that opens a slot: a key's or heading's colon, a table pipe, heading
 * hashes, a bracket, a comment opener, a disable directive and its rule ids so far, or indentation
 * alone (a nested front-matter key).
 */
const slotBeforeSpace = /(?:^|[:|#([]|<!--|\bilacs-(?:disable-next-line|disable-line|disable|enable)(?:[ \t]+[\w-]+)*)[ \t]+$/;

/**
 * Whether a completion request that the editor sent because `character` was typed should be
 * answered, given the line's text up to the caret. Explicit requests (Ctrl+Space) are always
 * answered; this only keeps the list from opening by itself where nothing is being started.
 */
export function opensCompletion(lineBefore: string, character: string | undefined): boolean {
  if (character === undefined || !lineBefore.endsWith(character)) return true;
  if (character === ' ') return slotBeforeSpace.test(lineBefore.slice(-lookBehind));
  return completionTriggerCharacters.includes(character);
}
