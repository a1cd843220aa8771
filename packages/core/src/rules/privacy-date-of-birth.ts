import { definePrivacyRule } from './text/privacy-scan.js';
import { findDatesOfBirth } from './text/dates-of-birth.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-date-of-birth',
    description: 'No dates of birth anywhere in a draft.',
    docs: `Catches a date next to "born", "DOB", "D.O.B." or "date of birth": "born on 12 March 2015",
"DOB: 12/03/2015", "date of birth 2015-03-12", "12.03.15 (DOB)". A date here is a day and a month,
with or without a year, in words or digits, or an ISO date.
Left alone: inspection and publication dates and every other date with no birth word next to it;
a year or month alone ("born in 2015", "babies born in March"), which describes a cohort; dates
after "born before", "after", "since" or "between"; and the words "unborn" and "newborn".
Misses: a birth date with no cue word ("Jack, 12 March 2015"), and cues in other words ("birthday").`,
  },
  noun: 'a date of birth',
  find: (text) => findDatesOfBirth(text),
});
