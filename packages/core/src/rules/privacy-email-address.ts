import { definePrivacyRule } from './text/privacy-scan.js';
import { findEmailAddresses } from './text/email-addresses.js';

export default definePrivacyRule({
  meta: {
    id: 'privacy-email-address',
    description: 'No email addresses anywhere in a draft.',
    docs: `Catches local@domain.tld addresses (letters, digits and . _ % + - ' before the @; a domain with a dot
and a top-level part of two or more letters), anywhere in the draft: front matter, headings, the
table, prose, HTML comments, code and links (mailto: included).
Misses: addresses written to dodge filters ("jack at example dot com").
Left alone: "@" handles and "a@b" with no domain. Ofsted's own published addresses (enquiries@...)
are also flagged: a draft has no reason to carry them; use \`ilacs-disable-next-line\` if it must.`,
  },
  noun: 'an email address',
  keepUrls: true,
  find: (text) => findEmailAddresses(text),
});
