import type { GradeId } from '../grades.js';
import type { JudgementArea, JudgementAreaId } from '../judgement-areas.js';

/**
 * One version of the ILACS framework: everything that changes when Ofsted revises it. A version
 * applies to inspections whose first day on site is on or after `from` (until the next version's
 * `from`). Nothing else in the project names a version: rules, schema, completion and cadence ask
 * the version in force.
 */
export interface FrameworkVersion {
  /** Short id, also accepted as the front matter's `framework:` override ("2023"). */
  id: string;
  name: string;
  /** First inspection day this version applies to (YYYY-MM-DD). */
  from: string;
  summary: string;
  /** The judgement table's rows, in printed order. */
  table: readonly JudgementArea[];
  /** The graded narrative sections, in printed order (leaders comes last in the narrative). */
  narrative: readonly JudgementArea[];
  /** Wordings accepted beside an area's title under this version, by area id. */
  acceptedWordings?: Readonly<Record<JudgementAreaId, readonly string[]>>;
  /** What this version changed from the one before it, to explain judgements that moved. */
  changes?: readonly FrameworkChange[];
  cadence: FrameworkCadence;
}

export type FrameworkChange =
  | { kind: 'split'; area: JudgementAreaId; into: readonly JudgementAreaId[] }
  | { kind: 'removed'; area: JudgementAreaId }
  | { kind: 'added'; area: JudgementAreaId };

/** What an inspection under this version means for the next one. */
export interface FrameworkCadence {
  /** The next inspection falls within `halfWidthMonths` either side of `anniversaryMonths` after this one began. */
  window: { anniversaryMonths: number; halfWidthMonths: number };
  /**
   * The grade that sets the cadence after an inspection under this version (short inspection after
   * good or outstanding, monitoring after inadequate, ...), from its judgements; undefined when they
   * do not decide it.
   */
  standing(judgements: ReadonlyMap<JudgementAreaId, GradeId>): GradeId | undefined;
  /** How `standing` is decided, in words, for docs and hovers. */
  standingRule: string;
}

/** Identity helper that gives version modules their type. */
export function defineFrameworkVersion(version: FrameworkVersion): FrameworkVersion {
  return version;
}

/** Until 2026 the cadence followed overall effectiveness. */
export const standingFromOverallEffectiveness: Pick<FrameworkCadence, 'standing' | 'standingRule'> = {
  standing: (judgements) => judgements.get('overallEffectiveness'),
  standingRule: 'the overall effectiveness judgement',
};
