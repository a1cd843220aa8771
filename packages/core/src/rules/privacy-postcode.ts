import { definePrivacyRule } from './text/privacy-scan.js';
import { findUkPostcodes } from './text/uk-postcodes.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-postcode',
    description: 'No full UK postcodes anywhere in a draft.',
    docs: `Catches full UK postcodes in capitals, with one space or none: "M1 2WD", "TW9 4DU", "SW1A 1AA",
"EC1A1BB". The letters follow Royal Mail's rules (no Q, V or X first; no I, J or Z second; the
inward code's letters never C, I, K, M, O or V), which keeps out most look-alike codes.
Checked everywhere in the draft except inside web addresses.
Left alone: partial postcodes ("the M1 area") and codes such as "KS2", "S47", "COVID-19".
Misses: postcodes in lower case, which prose would confuse with too many other things.`,
  },
  noun: 'a postcode',
  find: (text) => findUkPostcodes(text),
});
