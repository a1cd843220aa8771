import { builtinDomain, type Domain, type TextRange } from '@ilacs/core';

/** What a completion offers, so an editor can pick an icon. */
export type CompletionKind =
  | 'key'
  | 'value'
  | 'authority'
  | 'date'
  | 'grade'
  | 'heading'
  | 'table'
  | 'tag'
  | 'acronym'
  | 'skeleton'
  | 'directive'
  | 'rule';

/** One completion, free of any editor protocol: offsets into the draft text, Markdown documentation. */
export interface EditorCompletion {
  label: string;
  kind: CompletionKind;
  /** Replaces `range`. Snippet syntax when `snippet` is true (see snippets.ts). */
  insertText: string;
  snippet: boolean;
  range: TextRange;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text the editor matches what was typed against, when it is not the label. */
  filterText?: string;
  sortText?: string;
}

export interface EditorHover {
  /** Markdown. */
  markdown: string;
  range: TextRange;
}

export interface EditorOptions {
  /** The configuration's glossary additions (acronym to expansion); the built-in glossary is always used. */
  glossary?: Readonly<Record<string, string>>;
  /** Rule ids and one-line descriptions, for directive completion and hover (defaults to the built-in rules). */
  rules?: readonly { id: string; description: string }[];
  /** Today's date (YYYY-MM-DD) for date snippets; the core keeps no clock, so the caller passes it. */
  today?: string;
  /** The document types and framework versions; the built-in ones when omitted. */
  domain?: Domain;
}

/** The domain the features read: the caller's, else the built-in one. */
export function domainOf(options: EditorOptions): Domain {
  return options.domain ?? builtinDomain;
}
