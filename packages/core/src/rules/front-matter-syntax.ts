import { defineRule } from '../engine/types.js';
import { frontMatterLimits } from '../parse/yaml-limits.js';
import { maxHeadings, maxTableCells } from '../parse/markdown-limits.js';

export default defineRule({
  meta: {
    id: 'front-matter-syntax',
    description: 'The front matter is readable YAML, closed by a "---" line, and a map of keys to values.',
    category: 'schema',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Reports YAML syntax errors (with the line and column the YAML parser gives), a front matter that
is opened with \`---\` but never closed, a front matter that is not a map, YAML aliases that expand past
the limit (an "alias bomb"), and files over the size limit, which are not checked further.

Parsing is bounded, so that no file makes a check slow: a front matter with more than ${frontMatterLimits.entries} lines and
comma-separated items, ${frontMatterLimits.flowCollections} flow collections (\`[\` or \`{\`), ${frontMatterLimits.nesting} levels of nesting, ${frontMatterLimits.aliases} aliases or
${frontMatterLimits.anchors} anchors is not read (real front matter has a dozen keys), and the Markdown is not read from
heading number ${maxHeadings + 1} on (real drafts have a few dozen), nor from the table that takes the tables past
${maxTableCells} cells (a judgement table has a dozen). Each is reported once, where the limit was passed.

Nothing else can be checked reliably until these are mended, so the other front-matter rules stay quiet
about values they cannot read.`,
  },
  check({ draft, report }) {
    for (const problem of draft.problems) report({ message: problem.message, range: problem.range, data: { code: problem.code } });
  },
});
