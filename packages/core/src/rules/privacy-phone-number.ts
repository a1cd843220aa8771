import { definePrivacyRule } from './text/privacy-scan.js';
import { findUkPhoneNumbers } from './text/uk-phone-numbers.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-phone-number',
    description: 'No UK phone numbers anywhere in a draft.',
    docs: `Catches UK landline, mobile and non-geographic numbers with a leading 0 or with +44 / 0044 (and an
optional "(0)"), written together or in groups split by single spaces or hyphens, with the area code
optionally in brackets: "020 7946 0000", "(01632) 960001", "07700 900123", "+44 (0)7700 900123".
The number after the 0 must have 9 or 10 digits (mobiles 10) and the first group 3 to 6 digits.
Checked everywhere in the draft except inside web addresses.
Left alone: dates (2025-01-20, 20/01/2025), years, times, statistics, paragraph numbers, "section 47",
age ranges ("0–19") and any number that does not start with 0 or +44.
Misses: numbers without the leading 0, dotted groups (0161.618.8524) and foreign numbers.`,
  },
  noun: 'a phone number',
  find: (text) => findUkPhoneNumbers(text),
});
