import { type Domain, type DraftFacts, type FrameworkVersion, type ParsedDraft, ruleDocsUrl, type TextRange } from '@ilacs/core';
import {
  findAcronym,
  findAuthority,
  focusAreas,
  type Grade,
  gradeById,
  grades,
  type JudgementArea,
  matchGrade,
  type NationalFrameworkKind,
  nationalFrameworkTags,
  readTagNumber,
  tagName,
} from '@ilacs/core/framework';
import { formatLongDate } from '@ilacs/core/cadence';
import { findJudgementTable, headingArea, judgementGrades, readDirectives } from '@ilacs/core/tools';
import { cadenceOutlook } from './cadence-outlook.js';
import { builtinRuleSummaries } from './completion.js';
import { frontMatterKeyDescription } from './front-matter-keys.js';
import { lineContext } from './line-context.js';
import { domainOf, type EditorHover, type EditorOptions } from './types.js';

const cadenceKeys = new Set([
  'dates',
  'period',
  'published',
  'framework',
  'previous',
  'previous.type',
  'previous.dates',
  'previous.overall_effectiveness',
]);

const inside = (range: TextRange, offset: number) => range.start <= offset && offset <= range.end && range.end > range.start;

/**
 * What the thing under the caret means: a judgement area (what it covers), a grade, an acronym, a
 * National Framework tag, a directive's rule, a front-matter key or value, and for dates and the
 * `previous` block the cadence (which framework applies, what is due next and when).
 */
export function hoverAt(draft: ParsedDraft, facts: DraftFacts, offset: number, options: EditorOptions = {}): EditorHover | undefined {
  if (!draft.isDraft) return undefined;
  const at = lineContext(draft, offset).offset;
  const domain = domainOf(options);
  return (
    frontMatterHover(draft, facts, domain, at) ??
    headingHover(draft, domain, at) ??
    tableHover(draft, domain, at) ??
    directiveHover(draft, at, options) ??
    tagHover(draft, at) ??
    acronymHover(draft, at, options)
  );
}

/** What this draft's own judgements make of the authority's standing, by its framework's rule. */
function currentStanding(draft: ParsedDraft, facts: DraftFacts, domain: Domain): Grade | undefined {
  if (!facts.framework) return undefined;
  const found = judgementGrades(draft, domain);
  const standing = facts.framework.cadence.standing(new Map([...found].map(([id, judgement]) => [id, judgement.grade.id])));
  return standing ? gradeById(standing) : undefined;
}

function frontMatterHover(draft: ParsedDraft, facts: DraftFacts, domain: Domain, offset: number): EditorHover | undefined {
  const entries = draft.frontMatter?.entries ?? [];
  const entry = [...entries].reverse().find((e) => inside(e.keyRange, offset) || inside(e.valueRange, offset));
  if (!entry) return undefined;
  const onKey = inside(entry.keyRange, offset);
  const range = onKey ? entry.keyRange : entry.valueRange;
  const value = draft.text.slice(entry.valueRange.start, entry.valueRange.end).trim();
  const parts: string[] = [];
  if (onKey)
    parts.push(`**${entry.path}**: ${frontMatterKeyDescription(domain, facts.type, entry.path) ?? 'not a key this project defines.'}`);
  else parts.push(...valueExplanation(entry.path, value, domain));
  if (cadenceKeys.has(entry.path)) parts.push(cadenceOutlook(facts, domain, currentStanding(draft, facts, domain)));
  return parts.length > 0 ? { markdown: parts.join('\n\n'), range } : undefined;
}

function valueExplanation(path: string, value: string, domain: Domain): string[] {
  switch (path) {
    case 'ilacs': {
      const type = domain.documentType(value);
      return type ? [`**${type.name}**: ${type.description}`] : [];
    }
    case 'local_authority': {
      const authority = findAuthority(value);
      if (!authority) return [];
      const notes = [
        authority.region,
        authority.aliases?.length ? `also written ${authority.aliases.join(', ')}` : '',
        authority.from ? `since ${authority.from}` : '',
        authority.until ? `until ${authority.until}` : '',
      ];
      return [`**${authority.name}**: ${notes.filter(Boolean).join('; ')}.`];
    }
    case 'focus': {
      const focus = focusAreas.find((f) => f.id === value);
      return focus ? [`**${focus.name}**: ${focus.description}`] : [];
    }
    case 'previous.overall_effectiveness': {
      const grade = matchGrade(value);
      return grade ? [gradeText(grade)] : [];
    }
    case 'framework': {
      const version = domain.frameworkVersion(value);
      return version ? [frameworkText(version, domain)] : [];
    }
    default:
      return [];
  }
}

function gradeText(grade: Grade): string {
  return `**${grade.label}** (grade ${grades.length + 1 - grade.rank} of ${grades.length}): ${grade.description}`;
}

function frameworkText(version: FrameworkVersion, domain: Domain): string {
  const until = domain.lastDayOf(version);
  return `**${version.name}**: ${version.summary} For inspections starting ${until ? `${formatLongDate(version.from)} to ${formatLongDate(until)}` : `from ${formatLongDate(version.from)}`}.`;
}

function areaText(area: JudgementArea, domain: Domain): string {
  const where = domain.frameworkVersions
    .filter((v) => v.table.some((a) => a.id === area.id) || v.narrative.some((a) => a.id === area.id))
    .map((v) => v.id);
  return `**${area.title}**\n\n${area.description}\n\nJudged under the ${where.join(' and ')} framework${where.length > 1 ? 's' : ''}.`;
}

function headingHover(draft: ParsedDraft, domain: Domain, offset: number): EditorHover | undefined {
  const section = draft.sections.find((s) => inside(s.heading.range, offset));
  if (!section) return undefined;
  const heading = section.heading;
  if (heading.grade && inside(heading.grade.range, offset)) {
    const grade = matchGrade(heading.grade.text);
    return grade ? { markdown: gradeText(grade), range: heading.grade.range } : undefined;
  }
  const area = headingArea(heading, domain)?.area;
  if (area && inside(heading.nameRange, offset)) return { markdown: areaText(area, domain), range: heading.nameRange };
  return undefined;
}

function tableHover(draft: ParsedDraft, domain: Domain, offset: number): EditorHover | undefined {
  const table = findJudgementTable(draft);
  if (!table || !inside(table.range, offset)) return undefined;
  for (const row of table.rows) {
    const cell = row.cells.find((c) => inside(c.range, offset));
    if (!cell) continue;
    const grade = matchGrade(cell.text);
    if (grade) return { markdown: gradeText(grade), range: cell.range };
    const area = domain.matchArea(cell.text);
    if (area) return { markdown: areaText(area.area, domain), range: cell.range };
  }
  return undefined;
}

function directiveHover(draft: ParsedDraft, offset: number, options: EditorOptions): EditorHover | undefined {
  const rules = options.rules ?? builtinRuleSummaries;
  for (const directive of readDirectives(draft)) {
    if (!inside(directive.range, offset)) continue;
    const id = directive.ruleIds.find((r) => inside(r.range, offset));
    if (!id) return undefined;
    const rule = rules.find((r) => r.id === id.id);
    return {
      markdown: rule ? `**${rule.id}**: ${rule.description}\n\n[Documentation](${ruleDocsUrl(rule.id)})` : `No rule is called "${id.id}".`,
      range: id.range,
    };
  }
  return undefined;
}

const tagKinds = Object.keys(nationalFrameworkTags) as NationalFrameworkKind[];

function tagHover(draft: ParsedDraft, offset: number): EditorHover | undefined {
  const context = lineContext(draft, offset);
  const lineText = context.before + context.after;
  const caret = context.before.length;
  const open = Math.max(lineText.lastIndexOf('(', caret), lineText.lastIndexOf('[', caret));
  if (open === -1 || caret - open > 60) return undefined;
  const closeParen = lineText.indexOf(')', open);
  const closeBracket = lineText.indexOf(']', open);
  const close = lineText[open] === '(' ? closeParen : closeBracket;
  if (close === -1 || close < caret || close - open > 60) return undefined;
  const words = lineText
    .slice(open + 1, close)
    .toLowerCase()
    .split(/[\s,.:]+/)
    .filter(Boolean);
  const kind = tagKinds.find((k) => k === words[0]);
  const n = kind ? readTagNumber(words[1] ?? '') : undefined;
  if (!kind || n === undefined) return undefined;
  const name = tagName(kind, n);
  return {
    markdown: name
      ? `**National Framework ${kind} ${n}**: ${name}.`
      : `The National Framework has no ${kind} ${n}: it has ${nationalFrameworkTags[kind].count} ${kind}s.`,
    range: { start: context.lineStart + open, end: context.lineStart + close + 1 },
  };
}

function acronymHover(draft: ParsedDraft, offset: number, options: EditorOptions): EditorHover | undefined {
  if (offset < draft.bodyStart) return undefined;
  let start = offset;
  let end = offset;
  const text = draft.text;
  while (start > 0 && offset - start < 16 && /[A-Za-z&]/.test(text[start - 1]!)) start--;
  while (end < text.length && end - offset < 16 && /[A-Za-z&]/.test(text[end]!)) end++;
  const word = text.slice(start, end);
  // Acronyms have at least two capitals; "Send" is a word, "SEND" an acronym.
  if (!/[A-Z].*[A-Z]/.test(word)) return undefined;
  const entry = findAcronym(word, options.glossary);
  if (!entry) return undefined;
  const note = entry.common ? 'An everyday abbreviation: it needs no expansion.' : 'Spell it out at first use.';
  return { markdown: `**${entry.acronym}**: ${entry.expansion}\n\n${note}`, range: { start, end } };
}
