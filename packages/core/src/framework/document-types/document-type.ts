import type * as z from 'zod';
import type { CadenceRole } from '../../cadence/roles.js';
import type { DateSpan, IsoDate } from '../../cadence/iso-date.js';
import type { OnSiteShape } from '../../cadence/visit-shapes.js';
import type { JudgementAreaId } from '../judgement-areas.js';
import type { FrameworkVersion } from '../versions/framework-version.js';

/**
 * One kind of draft, keyed by the front matter's `ilacs` value, with everything the tools need to
 * know about it. The schema, facts, titles, section plans, completion, skeletons, the cadence and
 * which rules apply are all derived from these descriptors: rules ask a descriptor ("is it graded?",
 * "does it have a judgement table?"), never a list of type ids.
 */
export interface DocumentType {
  id: string;
  name: string;
  description: string;
  /** What it looks like in print, for summaries: an inspection report, a letter, a self-evaluation. */
  form: 'report' | 'letter' | 'self-evaluation';
  /** Its judgements carry grades (in a table, in headings, or self-assessed). */
  graded: boolean;
  /** A graded heading must have its grade filled in (a self-evaluation's self-assessed grade is optional). */
  gradeRequired: boolean;
  /** It opens with a judgement table. */
  judgementTable: boolean;
  /** Its judgement sections number their paragraphs 1 to N. */
  numberedParagraphs: boolean;
  /**
   * Front-matter keys of this type beyond the ones every draft has (`ilacs`, `local_authority`,
   * `previous`, `framework`), as zod schemas with descriptions.
   */
  frontMatter: Readonly<Record<string, z.ZodType>>;
  /** The key with the document's dates, and which of its days chooses the framework in force. */
  span: { key: 'dates' | 'period'; frameworkDay: 'first' | 'last' };
  title: TitleForm;
  /** The level-2 sections a draft needs or may have, in order. */
  sections(context: SectionContext): readonly ExpectedSection[];
  /**
   * Where the sections come from: `published` (the default) when they follow real published documents,
   * so that a missing or misplaced section is an error; `assumed` when no real documents were available
   * to go by, so that structure findings are warnings unless the defect is certain (a duplicated
   * section, a grade in a letter).
   */
  structure?: 'published' | 'assumed';
  /**
   * Front-matter keys the schema leaves optional because documents of some periods did without them,
   * required outside those periods (a focused visit's `focus`: the remote visits of 2020-21 looked at
   * every area).
   */
  optionalDuring?: Readonly<Record<string, readonly DatedException[]>>;
  /** The calendar shape of the days on site, for documents of a visit or inspection. */
  onSite?: OnSiteShape;
  /** Typical working days from the last day on site to publication. */
  publicationLag?: number;
  /** Its place in the inspection cadence; none for documents that are not an inspection or visit. */
  cadence?: CadenceRole;
  /** How Ofsted's official inspection outcomes statistics name it ("ILACS short inspection"), to read them. */
  statisticsLabel?: string;
  skeleton: SkeletonForm;
}

/** A period in which something usually required or ruled out was otherwise, and why. */
export interface DatedException {
  during: DateSpan;
  why: string;
}

/** The title, as fixed text around the authority's name (and, for some types, after it). */
export interface TitleForm {
  before: string;
  after: string;
  /** Text that ends the title and depends on the document's dates ("2024 to 2025"). */
  ending?(span: DateSpan | undefined): string;
}

export interface SectionContext {
  framework: FrameworkVersion | undefined;
  /** Every judgement in the draft is outstanding. */
  allOutstanding: boolean;
  /** The document's first day, for section shapes that changed over time. */
  firstDay: IsoDate | undefined;
}

/** A level-2 section a draft of some type may have. */
export interface ExpectedSection {
  key: string;
  /** The heading completion offers and fixes insert; graded headings end in ": " and take a grade. */
  heading: string;
  /** Other headings real documents use for the same section. */
  variants: readonly string[];
  graded: boolean;
  /** A draft needs it (or one of `satisfiedBy`); how sure its absence is a mistake is `missing`. */
  required: boolean;
  /**
   * When required, how sure a draft without it is wrong: `certain` (an error, the default) or
   * `usual` (a warning: real documents nearly always have it, some do without).
   */
  missing?: 'certain' | 'usual';
  /** Keys of sections that take its place: a draft with one of them is not missing this one. */
  satisfiedBy?: readonly string[];
  /**
   * Keys of sections that, when present, make this optional one expected (a warning without it):
   * Ofsted prints "Areas for priority action" together with "What needs to improve", not instead.
   */
  expectedWith?: readonly string[];
  /** A heading of an earlier era: the checks recognise it, completion and new drafts no longer offer it. */
  earlier?: boolean;
  /** The judgement area of a graded section. */
  area?: JudgementAreaId;
  description?: string;
  /** Its content is bullets, at least one ("What needs to improve?"). */
  bullets?: boolean;
  /** Level-3 sub-headings the section has, in order (self-evaluations). */
  subsections?: readonly ExpectedSubsection[];
  /** What a new draft writes under the heading ("- " starts a list). */
  skeletonBody?: readonly string[];
  /** Written into a new draft even when not required. */
  inSkeleton?: boolean;
}

export interface ExpectedSubsection {
  id: string;
  heading: string;
  /** Its content is a list that must not be empty. */
  list: boolean;
}

export interface SkeletonForm {
  /** Front-matter lines after `local_authority` and the dates, in a new draft. */
  frontMatter: readonly string[];
  /** A line of prose after the title (or table) for the opening summary. */
  opening?: string;
  /** The span a new draft covers when only its first day is given (when there are no days on site). */
  defaultSpan?(first: IsoDate): DateSpan;
  /** A sensible first day for a new draft written today. */
  suggestedStart(today: IsoDate): IsoDate;
}

/** Identity helper that gives document-type modules their type. */
export function defineDocumentType(type: DocumentType): DocumentType {
  return type;
}

/** The title a draft of this type should carry for an authority, as Ofsted prints it. */
export function writeTitle(type: DocumentType, authority: string, span?: DateSpan): string {
  return `${type.title.before}${authority}${type.title.after}${type.title.ending?.(span) ?? ''}`;
}
