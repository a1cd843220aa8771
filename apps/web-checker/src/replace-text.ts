/**
 * Replaces the text area's content through the browser's editing commands where it can, so that
 * Ctrl+Z undoes a fix like any other edit. Only the changed middle is replaced, which keeps the
 * undo step small and the scroll position where it was.
 */
export function replaceText(textarea: HTMLTextAreaElement, next: string): void {
  const current = textarea.value;
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent--;
    endNext--;
  }
  const scrollTop = textarea.scrollTop;
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, endCurrent);
  // execCommand is deprecated but still the only way to join the native undo stack.
  const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, next.slice(start, endNext));
  if (!inserted || textarea.value !== next) {
    textarea.value = next;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
  textarea.scrollTop = scrollTop;
}
