import type { Document } from 'yaml';
import type { LineIndex, TextRange } from './line-index.js';

/** A problem found while reading the draft itself (broken YAML, an unclosed front matter). */
export interface ParseProblem {
  code:
    | 'yaml-syntax'
    | 'yaml-warning'
    | 'front-matter-unclosed'
    | 'front-matter-not-a-map'
    | 'front-matter-limit'
    | 'markdown-limit'
    | 'file-too-large';
  message: string;
  range: TextRange;
}

export interface FrontMatterEntry {
  /** Dotted path, as "previous.dates". */
  path: string;
  keyRange: TextRange;
  /** The value's range; for a key with no value, an empty range after the colon. */
  valueRange: TextRange;
}

export interface FrontMatter {
  /** From the opening fence to the end of the closing fence (or of the text, when unclosed). */
  range: TextRange;
  /** The YAML between the fences. */
  contentRange: TextRange;
  closed: boolean;
  /** The `yaml` package's document, for tools that need the syntax tree (completion). */
  document: Document.Parsed;
  /** Plain data; undefined when the YAML could not be turned into data. */
  data: unknown;
  /** Every key in the front matter with its source ranges, in document order. */
  entries: FrontMatterEntry[];
  /** The YAML comments ("# ..."), as the YAML parser finds them: not "#" inside a value. */
  comments: YamlComment[];
}

export interface YamlComment {
  /** From the "#" to the end of the line. */
  text: string;
  range: TextRange;
}

export interface Heading {
  level: number;
  text: string;
  /** The whole heading line. */
  range: TextRange;
  /** The heading text without the leading #s. */
  textRange: TextRange;
}

export interface GradedHeading extends Heading {
  /** Text before the colon (the whole text when there is none). */
  name: string;
  nameRange: TextRange;
  /** Text after the last colon, when there is one. */
  grade?: { text: string; range: TextRange };
}

export interface TableCell {
  text: string;
  range: TextRange;
}

export interface TableRow {
  line: number;
  range: TextRange;
  cells: TableCell[];
}

export interface Table {
  range: TextRange;
  header: TableRow;
  rows: TableRow[];
  /** Index of the section the table is in; -1 before the first level-2 heading. */
  sectionIndex: number;
}

/** A run of prose: a paragraph, or the paragraph text of a list item. */
export interface TextBlock {
  kind: 'paragraph';
  range: TextRange;
  text: string;
  sectionIndex: number;
  /** Nesting depth of lists around the paragraph; 0 outside lists. */
  listDepth: number;
  /** Set on the first paragraph of a list item. */
  listItem?: {
    ordered: boolean;
    /** The item's number for ordered lists ("12." gives 12). */
    number?: number;
    markerRange: TextRange;
  };
}

export interface Section {
  heading: GradedHeading;
  /** From the heading to the start of the next level-2 heading. */
  range: TextRange;
  /** Level-3 headings inside the section. */
  subheadings: Heading[];
}

export interface HtmlComment {
  text: string;
  range: TextRange;
  /** Line the comment ends on. */
  line: number;
}

export interface ParsedDraft {
  text: string;
  lines: LineIndex;
  /** Markdown with front matter that has a top-level `ilacs` key; only drafts are linted. */
  isDraft: boolean;
  frontMatter?: FrontMatter;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
  problems: ParseProblem[];
  title?: Heading;
  headings: Heading[];
  sections: Section[];
  tables: Table[];
  blocks: TextBlock[];
  comments: HtmlComment[];
}
