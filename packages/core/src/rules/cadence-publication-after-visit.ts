import { defineRule } from '../engine/types.js';
import { publicationLag, typicalPublicationDate, typicalPublicationLag } from '../cadence/publication-lag.js';
import { documentTypeById } from '../framework/document-types.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-publication-after-visit',
    description: 'The publication date comes after the last day on site.',
    category: 'cadence',
    defaultSeverity: 'error',
    fixable: false,
    docs: `A report or letter is published after inspectors leave: typically ${typicalPublicationLag['short-inspection']} working days after a
short inspection, ${typicalPublicationLag['standard-inspection']} after a standard one and ${typicalPublicationLag['focused-visit']} after a visit (medians over Ofsted's lists,
2018 to 2025). A \`published\` date on or before the last day on site is an error, usually a typo in
one of the two dates; the message gives the lag in working days (England and Wales bank holidays
excluded) and the typical publication date. Without \`published\` the rule says nothing.`,
    appliesTo: ['short-inspection', 'standard-inspection', 'focused-visit', 'monitoring-visit'],
  },
  check({ draft, facts, report }) {
    if (!facts.published || !facts.dates || !facts.type || facts.type === 'self-evaluation') return;
    const lag = publicationLag(facts.dates.end, facts.published);
    if (facts.published > facts.dates.end) return;
    const entry = findEntry(draft.frontMatter, 'published');
    if (!entry) return;
    const typical = typicalPublicationDate(facts.type, facts.dates.end);
    const when = facts.published === facts.dates.end ? 'on the last day on site' : `${-lag} working ${lag === -1 ? 'day' : 'days'} before the last day on site`;
    const name = documentTypeById(facts.type)!.name.toLowerCase();
    report({
      message: `Published ${facts.published}, ${when} (${facts.dates.end}): publication comes after the visit, typically ${typicalPublicationLag[facts.type]} working days later for a ${name} (around ${typical}).`,
      range: entry.valueRange,
      data: { lagWorkingDays: lag, typical },
    });
  },
});
