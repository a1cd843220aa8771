// Generates docs/rules/<id>.md and the README's rule table from the rules' metadata, read from the
// built core's registry at run time (run `pnpm build` first). With --check, writes nothing and exits 1
// when a generated file is missing, stale, or left over from a rule that no longer exists.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '@ilacs/core';
import { ruleDocumentTypes, ruleOptionDocs } from '@ilacs/core/tools';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const docsFolder = `${repositoryRoot}docs/rules/`;
const readmePath = `${repositoryRoot}README.md`;
const tableStart = '<!-- rules:start -->';
const tableEnd = '<!-- rules:end -->';
const generatedNote =
  "<!-- Generated from the rule's metadata by packages/cli/scripts/generate-docs.mjs: edit the rule, not this file. -->";

const severityWords = { error: 'error', warning: 'warning', info: 'info' };

function rulePage(meta) {
  const types = ruleDocumentTypes(meta);
  const appliesTo = types ? types.map((type) => `\`${type}\``).join(', ') : 'every draft';
  const otherSeverity = meta.defaultSeverity === 'error' ? 'warning' : 'error';
  return `${generatedNote}
# ${meta.id}

${meta.description}

| | |
| --- | --- |
| Category | ${meta.category} |
| Default severity | ${severityWords[meta.defaultSeverity]} |
| Fixed by \`ilacs lint --fix\` | ${meta.fixable ? 'yes' : 'no'} |
| Applies to | ${appliesTo} |

${meta.docs.trim()}

## Configuration

In \`.ilacsrc.yaml\`, set the rule's severity (\`off\`, \`info\`, \`warning\` or \`error\`):

\`\`\`yaml
rules:
  ${meta.id}: ${otherSeverity}
\`\`\`

or for one run, \`ilacs lint --rule ${meta.id}:${otherSeverity} <files>\`. To switch it off for one line of a
draft, put \`<!-- ilacs-disable-next-line ${meta.id} -->\` on the line before.
${optionsSection(meta)}`;
}

/** The rule's options, from its options schema; a configuration is checked against the same schema. */
function optionsSection(meta) {
  const options = ruleOptionDocs(meta);
  if (options.length === 0) return '';
  const list = options.map((option) => `- \`${option.name}\`: ${option.description}`).join('\n');
  return `
## Options

Set under \`options\` (\`rules: { ${meta.id}: { severity: ..., options: { ... } } }\`); a value the schema
rejects stops the run with the configuration file's line and column. The full schema is in
\`packages/core/schema/config.schema.json\` (\`ilacs schema config\`).

${list}
`;
}

function readmeTable() {
  const rows = builtinRules.map(
    ({ meta }) =>
      `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.category} | ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : ''} | ${meta.description.replaceAll('|', '\\|')} |`,
  );
  return ['| Rule | Category | Default | Fix | Checks |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const check = process.argv.includes('--check');
const problems = [];
const expected = new Map(builtinRules.map(({ meta }) => [`${meta.id}.md`, rulePage(meta)]));

if (!check) mkdirSync(docsFolder, { recursive: true });
for (const [name, text] of expected) {
  const path = docsFolder + name;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  if (check) problems.push(`docs/rules/${name} is ${current === undefined ? 'missing' : 'out of date'}`);
  else writeFileSync(path, text);
}
for (const name of existsSync(docsFolder) ? readdirSync(docsFolder) : []) {
  if (!name.endsWith('.md') || expected.has(name)) continue;
  const generated = readFileSync(docsFolder + name, 'utf8').startsWith(generatedNote);
  if (!generated) continue; // a page someone wrote by hand is not ours to remove
  if (check) problems.push(`docs/rules/${name} documents a rule that no longer exists`);
  else rmSync(docsFolder + name);
}

const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(tableStart);
const end = readme.indexOf(tableEnd);
if (start === -1 || end < start) {
  console.error(`README.md needs the markers ${tableStart} and ${tableEnd} around the rule table.`);
  process.exit(1);
}
const updated = `${readme.slice(0, start + tableStart.length)}\n${readmeTable()}\n${readme.slice(end)}`;
if (updated !== readme) {
  if (check) problems.push('the rule table in README.md is out of date');
  else writeFileSync(readmePath, updated);
}

if (problems.length) {
  console.error(`${problems.join('\n')}\nRun "pnpm --filter @ilacs/cli docs" and commit the result.`);
  process.exit(1);
}
