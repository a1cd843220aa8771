import type { SourceLocation } from './errors.js';

/**
 * A document read as a sequence of blocks in reading order: what both importers (PDF and Word) produce
 * and the Ofsted recogniser reads. Text is whole (lines joined, hyphenation kept as printed).
 */
export type Block =
  | { kind: 'heading'; level: number; text: string; source: SourceLocation }
  | {
      kind: 'paragraph';
      text: string;
      source: SourceLocation;
      bold?: boolean /** Set in from the body's left edge (a bullet whose mark is a drawing, not a letter). */;
      indented?: boolean;
    }
  | { kind: 'bullet'; text: string; depth: number; source: SourceLocation }
  | { kind: 'numbered'; number: number; text: string; source: SourceLocation }
  | { kind: 'table'; rows: string[][]; source: SourceLocation };

export type BlockKind = Block['kind'];

/** Collapses runs of white space (line breaks included) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
