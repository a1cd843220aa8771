import { builtinDomain, type Domain } from './domain.js';
import { writeTitle, type DocumentType } from './document-types/document-type.js';

export interface SkeletonOptions {
  /** A document type id of the domain. */
  type: string;
  /** The authority's name as it should appear in the title. */
  authority: string;
  /** First day on site (inspections and visits), or first day of the period (self-evaluations). */
  start: string;
  /** Last day; the type's usual span from `start` when omitted. */
  end?: string;
}

/**
 * A new draft of the given type: front matter, title, judgement table for the framework in force,
 * and every section a new draft starts with, empty. Everything comes from the type's descriptor, so
 * the CLI's `ilacs new`, editor completion and the extension's "New inspection report draft" agree.
 */
export function draftSkeleton(options: SkeletonOptions, domain: Domain = builtinDomain): string {
  const type = domain.documentType(options.type);
  if (!type)
    throw new Error(`Unknown document type "${options.type}": expected one of ${domain.documentTypes.map((t) => t.id).join(', ')}.`);
  const { authority, start } = options;
  const span = { start, end: options.end ?? defaultEnd(type, start) };
  const framework = domain.frameworkFor(type.span.frameworkDay === 'first' ? span.start : span.end);
  const lines: string[] = [
    '---',
    `ilacs: ${type.id}`,
    `local_authority: ${authority}`,
    `${type.span.key}: ${span.start} to ${span.end}`,
    ...type.skeleton.frontMatter,
  ];
  lines.push('---', '', `# ${writeTitle(type, authority, span)}`, '');
  if (type.judgementTable) {
    lines.push('| Judgement | Grade |', '| --- | --- |');
    for (const area of framework.table) lines.push(`| ${area.title} |  |`);
    lines.push('');
  }
  if (type.skeleton.opening) lines.push(type.skeleton.opening, '');
  for (const section of type.sections({ framework, allOutstanding: false, firstDay: span.start })) {
    if (!section.required && !section.inSkeleton) continue;
    lines.push(`## ${section.heading.trimEnd()}`, '');
    for (const sub of section.subsections ?? []) lines.push(`### ${sub.heading}`, '', sub.list ? '- ' : '', '');
    if (section.skeletonBody) lines.push(...section.skeletonBody, '');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The last day when only the first is given: the usual days on site, or the type's default span. */
function defaultEnd(type: DocumentType, start: string): string {
  return type.onSite?.spanFrom(start).end ?? type.skeleton.defaultSpan?.(start).end ?? start;
}
