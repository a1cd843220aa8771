import { defineRule } from '../engine/types.js';
import {
  changeWords,
  intentWindow,
  intentWords,
  leadWindow,
  outcomeWindow,
  outcomeWords,
  peopleWords,
  processWords,
  readStrength,
} from '../self-evaluation/impact.js';
import { selfEvaluationEntries } from '../self-evaluation/outline.js';

const list = (words: readonly string[]) => words.join(', ');

export default defineRule({
  meta: {
    id: 'impact-over-process',
    description:
      'A strength says what changed for children, young people or families, not only that a process, policy, plan or strategy exists.',
    category: 'self-evaluation',
    defaultSeverity: 'info',
    fixable: false,
    docs: `Inspection looks at children's experiences and the impact of practice rather than at processes and
strategies, so a strength that only reports "a new strategy has been launched" tells Ofsted little.
This is a hint (information), never an error. Each item under \`### Strengths\` (with its nested
items and continuation lines) is read word by word, case-insensitively.

It is reported when it has a process word and no sign of impact. Process words: ${list(processWords)};
and the phrases "rolled out", "put in place", "set up".

Signs of impact, any one of which keeps the rule quiet:
- a result phrase: as a result, resulting in, resulted in, led to, leading to, which means, this
  means, meaning that, positive impact, positive difference, difference to;
- a measured change: a figure (as \`areas-for-development-measurable\` counts figures, so not years or
  ages) together with a change word anywhere in the item (${list(changeWords)}), or "from <number> to
  <number>" with at most two words between the first number and "to";
- people with an outcome: a people word (${list(peopleWords)}) followed within ${outcomeWindow} words by
  an outcome word (${list(outcomeWords)}), or preceded within ${leadWindow} words by fewer, more or less;
  unless an aim word (${list(intentWords)}) or "so that" comes between them or up to ${intentWindow} words
  before them, since "so that children get" and "children will be seen" state an aim rather than a
  result (a bare "so" usually means "and therefore", and does not cancel).

Strengths without a process word are left alone whatever they say. The rule reads form, not meaning:
"95% of staff have been trained" is reported (a figure but no change), and a process reported
alongside any outcome for children is not.

Measured on the project's labelled corpus of realistic strengths
(\`packages/core/test/corpus/self-evaluation-statements.yaml\`, checked by
\`test/self-evaluation-heuristics.test.ts\`, which fails if they fall): precision 0.94, recall 0.89
over 37 items, 19 that should be flagged. The corpus has 26 items the rule was tuned on (all right),
8 written afterwards and not tuned on (all right), and 3 hard cases it gets wrong (listed there).`,
    appliesTo: (document) => document.form === 'self-evaluation',
  },
  check({ draft, domain, report }) {
    for (const { outline, entry } of selfEvaluationEntries(draft, 'strengths', domain)) {
      const reading = readStrength(entry.text);
      if (reading.process === undefined || reading.impact !== undefined) continue;
      report({
        message: `This strength under "${outline.section.heading.name}" reports a process ("${reading.process}") but not what changed for children, young people or families. Say what difference it made and how you know: "<what you did>; as a result <what changed for children> (<figure>)".`,
        range: entry.range,
        data: { process: reading.process },
      });
    }
  },
});
