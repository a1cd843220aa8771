import { definePrivacyRule } from './text/privacy-scan.js';
import { findNationalInsuranceNumbers } from './text/national-insurance-numbers.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-national-insurance-number',
    description: 'No National Insurance numbers anywhere in a draft.',
    docs: `Catches National Insurance numbers in capitals: two prefix letters, six digits and a suffix A to D,
as "AB123456C", "AB 12 34 56 C" or "AB 123456 C", or without the suffix when written in pairs
("AB 12 34 56"). HMRC's prefix rules are applied: the first letter is never D, F, I, Q, U or V, the
second never D, F, I, O, Q, U or V, and BG, GB, KN, NK, NT, TN and ZZ are never allocated; so the
"QQ 12 34 56 C" of HMRC's examples is left alone.
Misses: numbers in lower case and odd spacings ("AB12 34 56C").`,
  },
  noun: 'a National Insurance number',
  find: (text) => findNationalInsuranceNumbers(text),
});
