import { defineRule } from '../engine/types.js';

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

Nothing else can be checked reliably until these are mended, so the other front-matter rules stay quiet
about values they cannot read.`,
  },
  check({ draft, report }) {
    for (const problem of draft.problems) report({ message: problem.message, range: problem.range, data: { code: problem.code } });
  },
});
