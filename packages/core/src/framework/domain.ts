import type { BankHoliday } from '../cadence/bank-holidays.js';
import { formatLongDate, addDays, type IsoDate } from '../cadence/iso-date.js';
import { createWorkingCalendar, englandCalendar, type WorkingCalendar } from '../cadence/working-days.js';
import { nearMissIndex } from './area-near-miss.js';
import type { DocumentType } from './document-types/document-type.js';
import focusedVisit from './document-types/focused-visit.js';
import monitoringVisit from './document-types/monitoring-visit.js';
import selfEvaluation from './document-types/self-evaluation.js';
import shortInspection from './document-types/short-inspection.js';
import standardInspection from './document-types/standard-inspection.js';
import {
  indexWordings,
  matchJudgementArea,
  type AreaWording,
  type JudgementArea,
  type JudgementAreaId,
  type JudgementAreaMatch,
} from './judgement-areas.js';
import type { FrameworkVersion } from './versions/framework-version.js';
import ilacs2018 from './versions/ilacs-2018.js';
import ilacs2023 from './versions/ilacs-2023.js';
import ilacs2026 from './versions/ilacs-2026.js';

/** What a domain is made of: the registries of document types and framework versions, and added bank holidays. */
export interface DomainParts {
  documentTypes: readonly DocumentType[];
  frameworkVersions: readonly FrameworkVersion[];
  /** Days off beyond England and Wales's bank holidays (a newly proclaimed one: a configuration's `bankHolidays`). */
  bankHolidays?: readonly BankHoliday[];
}

/**
 * The registry every tool reads the domain from: document types and framework versions, with the
 * lookups derived from them. The built-in domain holds the five document types and the three
 * versions; `extend` gives a domain with more (or replaced) ones, for tests and other apps.
 */
export interface Domain extends DomainParts {
  /** Every judgement area some version has, in the order versions first list them. */
  judgementAreas: readonly JudgementArea[];
  documentType(id: unknown): DocumentType | undefined;
  frameworkVersion(id: unknown): FrameworkVersion | undefined;
  /** The version in force for an inspection starting on a date (the first version for earlier dates). */
  frameworkFor(date: IsoDate): FrameworkVersion;
  /** The version in force on a date; undefined before the first one began. */
  frameworkInForceOn(date: IsoDate): FrameworkVersion | undefined;
  /** The last day a version applied to, or undefined for the current one. */
  lastDayOf(version: FrameworkVersion): IsoDate | undefined;
  /**
   * Which area a heading or table label names, by its title or a wording some version accepts; else
   * the one area whose wording it nearly is (a dropped, added or misspelt word), marked `nearMiss`.
   */
  matchArea(text: string): JudgementAreaMatch | undefined;
  /** Every area whose wording the text nearly is, nearest first: a table reads a near miss as a row it lacks. */
  nearAreas(text: string): readonly { match: JudgementAreaMatch; cost: number }[];
  /** Why an area is not a judgement of a version, in words that say what to write instead. */
  explainAbsentArea(area: JudgementAreaId, version: FrameworkVersion): string;
  /** Working days and bank holidays: England's, with the domain's added days. */
  calendar: WorkingCalendar;
  extend(parts: Partial<DomainParts>): Domain;
}

export function createDomain(parts: DomainParts): Domain {
  const documentTypes = [...parts.documentTypes];
  const frameworkVersions = [...parts.frameworkVersions].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  if (frameworkVersions.length === 0) throw new Error('A domain needs at least one framework version.');
  const typesById = new Map(documentTypes.map((t) => [t.id, t]));
  const versionsById = new Map(frameworkVersions.map((v) => [v.id, v]));
  const areasById = new Map<JudgementAreaId, JudgementArea>();
  for (const version of frameworkVersions)
    for (const area of [...version.table, ...version.narrative]) if (!areasById.has(area.id)) areasById.set(area.id, area);
  const wordings: AreaWording[] = [...areasById.values()].map((area) => ({ area, wording: area.title, variant: false }));
  for (const version of frameworkVersions) {
    for (const [id, accepted] of Object.entries(version.acceptedWordings ?? {})) {
      const area = areasById.get(id);
      if (area) for (const wording of accepted) wordings.push({ area, wording, variant: true });
    }
  }
  const wordingIndex = indexWordings(wordings);
  const nearMisses = nearMissIndex(wordings);

  const inForceOn = (date: IsoDate) => {
    for (let i = frameworkVersions.length - 1; i >= 0; i--) if (date >= frameworkVersions[i]!.from) return frameworkVersions[i];
    return undefined;
  };
  const lastDayOf = (version: FrameworkVersion) => {
    const next = frameworkVersions[frameworkVersions.indexOf(version) + 1];
    return next ? addDays(next.from, -1) : undefined;
  };

  const bankHolidays = [...(parts.bankHolidays ?? [])];
  const domain: Domain = {
    documentTypes,
    frameworkVersions,
    bankHolidays,
    calendar: bankHolidays.length > 0 ? createWorkingCalendar(bankHolidays) : englandCalendar,
    judgementAreas: [...areasById.values()],
    documentType: (id) => (typeof id === 'string' ? typesById.get(id) : undefined),
    frameworkVersion: (id) => (typeof id === 'string' || typeof id === 'number' ? versionsById.get(String(id)) : undefined),
    frameworkFor: (date) => inForceOn(date) ?? frameworkVersions[0]!,
    frameworkInForceOn: inForceOn,
    lastDayOf,
    matchArea: (text) => matchJudgementArea(text, wordingIndex) ?? nearMisses.nearest(text),
    nearAreas: (text) => nearMisses.all(text),
    explainAbsentArea(areaId, version) {
      const area = areasById.get(areaId);
      const title = area?.title ?? areaId;
      const titleOf = (id: JudgementAreaId) => `"${areasById.get(id)?.title ?? id}"`;
      const index = frameworkVersions.indexOf(version);
      const later = frameworkVersions.slice(index + 1).find((v) => v.table.some((a) => a.id === areaId));
      if (later) {
        const split = later.changes?.find((c) => c.kind === 'split' && c.into.includes(areaId));
        const together =
          split?.kind === 'split'
            ? `: ${split.into.map((id) => areasById.get(id)?.title.replace(/^The experiences and progress of /, '') ?? id).join(' and ')} were judged together as ${titleOf(split.area)}`
            : '';
        return `"${title}" is not a judgement before ${formatLongDate(later.from)} (framework ${version.id})${together}.`;
      }
      const dropped = frameworkVersions
        .slice(0, index + 1)
        .reverse()
        .find((v) => v.changes?.some((c) => c.area === areaId && c.kind !== 'added'));
      const change = dropped?.changes?.find((c) => c.area === areaId && c.kind !== 'added');
      if (dropped && change?.kind === 'split') {
        return `"${title}" was split for inspections starting from ${formatLongDate(dropped.from)} (framework ${version.id}): use ${change.into.map(titleOf).join(' and ')}.`;
      }
      if (dropped)
        return `"${title}" is not judged for inspections starting from ${formatLongDate(dropped.from)} (framework ${version.id}).`;
      return `"${title}" is not a judgement of framework ${version.id}.`;
    },
    extend(more) {
      const replace = <T extends { id: string }>(base: readonly T[], added: readonly T[] = []) => [
        ...base.filter((b) => !added.some((a) => a.id === b.id)),
        ...added,
      ];
      return createDomain({
        documentTypes: replace(documentTypes, more.documentTypes),
        frameworkVersions: replace(frameworkVersions, more.frameworkVersions),
        bankHolidays: [...bankHolidays, ...(more.bankHolidays ?? [])],
      });
    },
  };
  return domain;
}

/** The domain the tools use unless given another: five document types, three framework versions. */
export const builtinDomain: Domain = createDomain({
  documentTypes: [shortInspection, standardInspection, focusedVisit, monitoringVisit, selfEvaluation],
  frameworkVersions: [ilacs2018, ilacs2023, ilacs2026],
});
