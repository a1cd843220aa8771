/**
 * Control characters (C0 but tab and, where asked, line breaks; DEL; C1) and the bidirectional
 * overrides and isolates: printed raw they let a draft drive the terminal (colour, cursor, title,
 * hyperlinks) or reorder what the reader sees.
 */
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const unsafeWithBreaks = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text as it may be shown on a terminal: every unsafe character written as a visible escape, as `\x1B` or `\u202E`. */
export function escapeForTerminal(text: string, keepLineBreaks = false): string {
  return text.replace(keepLineBreaks ? unsafe : unsafeWithBreaks, visibleEscape);
}

/** JSON text with the characters JSON.stringify leaves raw (DEL, C1, bidirectional controls) written as \uXXXX: the same data, safe to print. */
export function terminalSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function visibleEscape(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
