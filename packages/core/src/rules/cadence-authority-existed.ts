import { defineRule } from '../engine/types.js';
import { authorityExistedOn } from '../framework/authorities.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-authority-existed',
    description: 'The authority existed on the days on site and on the publication date.',
    category: 'cadence',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Local government reorganisation created and abolished authorities during ILACS: Bournemouth
and Poole became Bournemouth, Christchurch and Poole on 1 April 2019; Northamptonshire became North
and West Northamptonshire on 1 April 2021; Cumbria became Cumberland and Westmorland and Furness on
1 April 2023. A draft about an authority on a day it did not exist names the wrong authority or the
wrong dates; the message names the successors or the first day. Self-evaluations are checked against
the end of their period. The previous inspection is not checked, as it may have been of a predecessor.`,
  },
  check({ draft, facts, report }) {
    const authority = facts.authority;
    if (!authority || (authority.from === undefined && authority.until === undefined)) return;
    const days = [facts.dates?.start, facts.dates?.end, facts.published, facts.period?.end].filter((d): d is string => d !== undefined);
    const missing = days.find((day) => !authorityExistedOn(authority, day));
    if (!missing) return;
    const entry = findEntry(draft.frontMatter, 'local_authority');
    if (!entry) return;
    const lifetime =
      authority.until !== undefined && missing > authority.until
        ? `was abolished after ${authority.until}${authority.successors?.length ? ` (its services passed to ${authority.successors.join(' and ')})` : ''}`
        : `was created on ${authority.from}`;
    report({
      message: `${authority.name} ${lifetime}, so it did not exist on ${missing}: check the authority and the dates.`,
      range: entry.valueRange,
      data: { from: authority.from, until: authority.until, successors: authority.successors },
    });
  },
});
