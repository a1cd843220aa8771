import { definePrivacyRule } from './text/privacy-scan.js';
import { findEmailAddresses } from './text/email-addresses.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-email-address',
    description: 'No email addresses anywhere in a draft.',
    docs: `Catches email addresses anywhere in the draft (links and mailto: included): "jack.smith@example.com",
with spaces round the "@", and written to dodge filters: "jack at gmail dot com", "jack [at] gmail
[dot] com", "jack(at)hotmail.com", "j.smith at leeds.gov.uk". Zero-width characters, full-width "＠"
and addresses typed backwards after a right-to-left override are read as they are displayed.
Left alone, as published contact details and nobody's personal data: every address at ofsted.gov.uk
(Ofsted's mailboxes, and its staff's work addresses, which its own letters publish and sign), and the
role mailboxes of public bodies and charities (enquiries@, info@, mash@, duty@, lado@, fostering@,
psi@... at .gov.uk, .nhs.uk, .nhs.net, .police.uk, .org.uk, .ac.uk or .sch.uk). A person's address is
still flagged, at a council too (jane.smith@council.gov.uk), and so is any address at a mail service.
Also left alone: "@" handles, "a@b", and "available at www.gov.uk".
Measured on the project's labelled set (\`packages/core/test/corpus/privacy-variants.yaml\`, 493 hard
negatives from report language): recall 100% of 45 positives, no false positives.`,
  },
  noun: 'an email address',
  keepUrls: true,
  find: (text) => findEmailAddresses(text),
});
