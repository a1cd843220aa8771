import { defineRule } from '../engine/types.js';
import { publicationLag, typicalPublicationDate } from '../cadence/publication-lag.js';
import shortInspection from '../framework/document-types/short-inspection.js';
import standardInspection from '../framework/document-types/standard-inspection.js';
import focusedVisit from '../framework/document-types/focused-visit.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-publication-after-visit',
    description: 'The publication date comes after the last day on site.',
    category: 'cadence',
    defaultSeverity: 'error',
    fixable: false,
    docs: `A report or letter is published after inspectors leave: typically ${shortInspection.publicationLag} working days after a
short inspection, ${standardInspection.publicationLag} after a standard one and ${focusedVisit.publicationLag} after a visit (medians over Ofsted's lists,
2018 to 2025). A \`published\` date on or before the last day on site is an error, usually a typo in
one of the two dates; the message gives the lag in working days (England and Wales bank holidays,
and any a configuration adds, excluded) and the typical publication date. Without \`published\` the rule says nothing.`,
    appliesTo: (document) => document.onSite !== undefined,
  },
  check({ draft, facts, domain, report }) {
    const document = facts.document;
    if (!facts.published || !facts.dates || !document) return;
    const lag = publicationLag(facts.dates.end, facts.published, domain.calendar);
    if (facts.published > facts.dates.end) return;
    const entry = findEntry(draft.frontMatter, 'published');
    if (!entry) return;
    const typical = typicalPublicationDate(document, facts.dates.end, domain.calendar);
    const when =
      facts.published === facts.dates.end
        ? 'on the last day on site'
        : `${-lag} working ${lag === -1 ? 'day' : 'days'} before the last day on site`;
    report({
      message: `Published ${facts.published}, ${when} (${facts.dates.end}): publication comes after the visit, typically ${document.publicationLag} working days later for a ${document.name.toLowerCase()} (around ${typical}).`,
      range: entry.valueRange,
      data: { lagWorkingDays: lag, typical },
    });
  },
});
