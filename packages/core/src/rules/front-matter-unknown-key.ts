import { defineRule } from '../engine/types.js';
import { frontMatterSchemas } from '../schema/front-matter.js';

export default defineRule({
  meta: {
    id: 'front-matter-unknown-key',
    description: 'Front-matter keys are ones the schema defines for the document type.',
    category: 'schema',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Warns about keys the schema does not define for the document type, such as \`lead_inspecter\`
or \`focus\` on a short inspection, so that typos do not silently switch a check off. A warning rather
than an error: a team may keep its own keys, and can turn this rule off in configuration.`,
  },
  check({ draft, facts, domain, report }) {
    if (!facts.type || !draft.frontMatter) return;
    const schemas = frontMatterSchemas(domain);
    const known = Object.keys(schemas.byType.get(facts.type)!.shape);
    const knownPreviousKeys = Object.keys(schemas.previous.shape);
    for (const entry of draft.frontMatter.entries) {
      const parts = entry.path.split('.');
      const [top, sub] = parts;
      if (parts.length === 1 && !known.includes(top!)) {
        report({ message: `Unknown key "${top}" for ${facts.type}: expected one of: ${known.join(', ')}.`, range: entry.keyRange });
      } else if (parts.length === 2 && top === 'previous' && !knownPreviousKeys.includes(sub!)) {
        report({ message: `Unknown key "${sub}" in "previous": expected one of: ${knownPreviousKeys.join(', ')}.`, range: entry.keyRange });
      }
    }
  },
});
