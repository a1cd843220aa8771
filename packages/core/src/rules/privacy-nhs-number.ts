import { definePrivacyRule } from './text/privacy-scan.js';
import { findNhsNumbers } from './text/nhs-numbers.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-nhs-number',
    description: 'No NHS numbers anywhere in a draft.',
    docs: `Catches ten-digit numbers, written together or as 3-3-4 groups with spaces or hyphens, whose last
digit is the NHS modulus-11 check digit: "943 476 5919", "9434765919". A random ten-digit number
passes the check about one time in eleven, so most are left alone, as are dates, statistics,
phone numbers (11 digits) and numbers inside longer ones or inside web addresses.
Misses: NHS numbers grouped another way, and mistyped ones that fail the check.`,
  },
  noun: 'an NHS number',
  find: (text) => findNhsNumbers(text),
});
