import { definePrivacyRule } from './text/privacy-scan.js';
import { findDatesOfBirth } from './text/dates-of-birth.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-date-of-birth',
    description: 'No dates of birth anywhere in a draft.',
    docs: `Catches a date next to a birth word: "born on 12 March 2015", "Jack (b. 12/03/2015)", "DOB: 12/03/2015",
"D.O.B. 12.03.15", "date of birth 2015-03-12", "date-of-birth: 12-Mar-2015", "birthday is 12 March
2015", "birth date", "born on Tuesday 3 May 2011", "born in March 2011", "12/03/2015 (DOB)",
"March 12, 2015 (DOB)", and a few words between ("the date of birth recorded for Jack is ...").
A date is a day and a month, with or without a year, in words or digits, or an ISO date.
Left alone: cohorts ("children born on 1 September", "babies born in March 2023", "born on or after
1 September 2012", "born between ...", "... or later"), a year alone ("born in 2015"), "b." in a list
("a. ...; b. 12 March 2025 visits"), inspection and publication dates with no birth word, and
"unborn", "newborn", "birthday" with no date.
Misses: a birth date with no cue word ("Jack, 12 March 2015").
Measured on the project's labelled set (\`packages/core/test/corpus/privacy-variants.yaml\`, 493 hard
negatives from report language): recall 100% of 66 positives, no false positives.`,
  },
  noun: 'a date of birth',
  find: (text) => findDatesOfBirth(text),
});
