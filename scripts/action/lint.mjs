// The lint step of the GitHub Action (action.yml): runs the bundled CLI over the inputs, writes the
// SARIF report, annotates the problems, and reports counts as step outputs and a job summary.
// Inputs come in environment variables (never spliced into a shell script, so a file name cannot run
// as code). It always exits 0 once the outputs are written, so the upload runs before the job fails.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
const cli = join(dirname(fileURLToPath(import.meta.url)), '../../packages/cli/dist/ilacs.js');
const words = (text) => (text ?? '').split(/\s+/).filter(Boolean);
const files = words(env.ILACS_FILES);
const extraArgs = words(env.ILACS_ARGS);
const sarifPath = resolve(env.ILACS_SARIF_FILE || 'ilacs.sarif');

function setOutputs(outputs) {
  const lines = Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`);
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, lines.join(''));
  else process.stdout.write(lines.join(''));
}

function summarise(markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
}

const escapeData = (text) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const lint = (format) =>
  spawnSync(process.execPath, [cli, 'lint', '-f', format, ...extraArgs, '--', ...(files.length ? files : ['.'])], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });

const sarifRun = lint('sarif');
if (sarifRun.status !== 0 && sarifRun.status !== 1) {
  // A usage or configuration mistake: the CLI said what and where on standard error.
  const message = (sarifRun.stderr || sarifRun.error?.message || `ilacs exited with ${sarifRun.status}`).trim();
  console.log(`::error title=ilacs lint::${escapeData(message)}`);
  setOutputs({ errors: '', warnings: '', notes: '', 'exit-code': String(sarifRun.status ?? 2), 'sarif-file': '' });
  summarise(`### ILACS draft lint\n\nThe drafts were not checked:\n\n\`\`\`\n${message}\n\`\`\`\n`);
  process.exit(0);
}

mkdirSync(dirname(sarifPath), { recursive: true });
writeFileSync(sarifPath, sarifRun.stdout);
const run = JSON.parse(sarifRun.stdout).runs[0];
const count = (level) => run.results.filter((result) => result.level === level).length;
const counts = { errors: count('error'), warnings: count('warning'), notes: count('note') };

if (env.ILACS_ANNOTATIONS !== 'false') {
  const annotations = lint('github');
  if (annotations.stdout.trim()) console.log(annotations.stdout.trimEnd());
}
setOutputs({ ...counts, 'exit-code': String(sarifRun.status), 'sarif-file': sarifPath });

const helpUri = new Map(run.tool.driver.rules.map((rule) => [rule.id, rule.helpUri]));
const byRule = new Map();
for (const result of run.results) byRule.set(result.ruleId, (byRule.get(result.ruleId) ?? 0) + 1);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const headline = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')} in ${plural(run.artifacts?.length ?? 0, 'draft')}.`;
const table = [...byRule]
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  .map(([rule, n]) => `| ${helpUri.has(rule) ? `[\`${rule}\`](${helpUri.get(rule)})` : `\`${rule}\``} | ${n} |`);
summarise(`### ILACS draft lint\n\n${headline}\n${table.length ? `\n| Rule | Problems |\n| --- | ---: |\n${table.join('\n')}\n` : ''}`);
console.log(headline);
