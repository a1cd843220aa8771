import { isValidTag, nationalFrameworkTags, readTagNumber, type NationalFrameworkKind } from '../framework/national-framework.js';
import { defineRule } from '../engine/types.js';
import { blocksInSection, whatNeedsToImproveSection } from '../engine/queries.js';

// No nested quantifiers: linear on any input.
const tagPattern = /\b(outcome|enabler|principle)s?[ \t]+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;

export default defineRule({
  meta: {
    id: 'national-framework-tag',
    description: 'National Framework tags name a real outcome (1-4), enabler (1-3) or principle (1-6).',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Since January 2025 each "What needs to improve?" bullet is cross-referenced to the Children's Social
Care: National Framework. Real reports write the tag in many forms, all accepted: \`(outcome 3, national
framework)\`, \`(Outcome four)\`, \`(Enabler two)\`, \`[Outcome 3, national framework].\`,
\`Enabler three: National Framework.\`; numbers in digits or words, any case.

Checked in the "What needs to improve?" section and in any paragraph that mentions the national
framework. A tag whose number does not exist (outcome 5, enabler 4, principle 7) is an error; the
message lists what exists. Untagged bullets are not reported: tags are not required before 2025.`,
  },
  check({ draft, report }) {
    const wnti = whatNeedsToImproveSection(draft);
    const blocks = new Set(wnti ? blocksInSection(draft, wnti.index) : []);
    for (const block of draft.blocks) if (/national framework/i.test(block.text)) blocks.add(block);
    for (const block of blocks) {
      tagPattern.lastIndex = 0;
      for (let m = tagPattern.exec(block.text); m; m = tagPattern.exec(block.text)) {
        const kind = m[1]!.toLowerCase() as NationalFrameworkKind;
        const n = readTagNumber(m[2]!);
        if (n === undefined || isValidTag(kind, n)) continue;
        const { count } = nationalFrameworkTags[kind];
        report({
          message: `There is no ${kind} ${m[2]} in the National Framework: expected ${kind} 1 to ${count}.`,
          range: { start: block.range.start + m.index, end: block.range.start + m.index + m[0].length },
        });
      }
    }
  },
});
