import { definePrivacyRule } from './text/privacy-scan.js';
import { findNhsNumbers } from './text/nhs-numbers.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-nhs-number',
    description: 'No NHS numbers anywhere in a draft.',
    docs: `Catches ten-digit numbers, written together or as 3-3-4 groups with spaces or hyphens, whose last
digit is the NHS modulus-11 check digit: "943 476 5919", "9434765919". After "NHS" ("NHS number:",
"NHS no. on the referral,", "(NHS") or before "(NHS number)", any grouping of ten digits counts
("9434 765 919"), and so does a number that fails the check: the author has said what it is.
A random ten-digit number passes the check about one time in eleven, so most are left alone, as are
dates, statistics, phone numbers (11 digits) and numbers inside longer ones or inside web addresses.
Misses: NHS numbers grouped another way with no "NHS" nearby.
Measured on the project's labelled set (\`packages/core/test/corpus/privacy-variants.yaml\`, 493 hard
negatives from report language): recall 100% of 24 positives, no false positives.`,
  },
  noun: 'an NHS number',
  find: (text) => findNhsNumbers(text),
});
