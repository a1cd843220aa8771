// The benchmark suite: `pnpm bench` (after `pnpm build`) measures every part on the same inputs in one run, prints
// the machine line and tables, and writes tests/bench/RESULTS.md. `--check` exits 1 when a budget is missed.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { budget, describeLimit, formatFigure } from './lib/budget.mjs';
import { loadRealDrafts, MissingInputError } from './lib/corpus.mjs';
import { explainMisses } from './lib/explain.mjs';
import { describeMachine, machineLine } from './lib/machine.mjs';
import { readmeFile, resultsFile } from './lib/paths.mjs';
import { renderReadmeSection, updateReadme } from './lib/readme-section.mjs';
import { renderResults } from './lib/results-file.mjs';
import { textTable } from './lib/table.mjs';
import { iterationPlan } from './lib/timing.mjs';
import cli from './parts/cli.mjs';
import languageServer from './parts/language-server.mjs';
import parserChoice from './parts/parser-choice.mjs';
import realReports from './parts/real-reports.mjs';
import ruleCost from './parts/rule-cost.mjs';
import scaling from './parts/scaling.mjs';
import sizes from './parts/sizes.mjs';

const allParts = [realReports, ruleCost, scaling, languageServer, cli, sizes, parserChoice];

const usage = `Usage: pnpm bench [options]   (from the repository root, after pnpm build; or node tests/bench/run.mjs)

  --check         exit 1 when a budget is missed or could not be measured
  --quick         few iterations: a fast smoke run (figures are rough; RESULTS.md is not written)
  --only <ids>    run only these parts, comma-separated: ${allParts.map((p) => p.id).join(', ')}
                  (RESULTS.md is not written)
  --no-write      do not write tests/bench/RESULTS.md
  --readme        also rewrite the key figures in the README's Speed section
  -h, --help      show this help`;

function readOptions() {
  try {
    // `pnpm bench -- --check` passes the separator through; it means nothing here.
    const { values } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: {
        check: { type: 'boolean' },
        quick: { type: 'boolean' },
        only: { type: 'string' },
        'no-write': { type: 'boolean' },
        readme: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return values;
  } catch (error) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
}

function selectParts(only) {
  if (only === undefined) return allParts;
  const ids = only
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !allParts.some((part) => part.id === id));
  if (unknown.length > 0 || ids.length === 0) {
    console.error(
      `--only: unknown part ${unknown.join(', ') || '(none given)'}; expected some of: ${allParts.map((p) => p.id).join(', ')}.`,
    );
    process.exit(2);
  }
  return allParts.filter((part) => ids.includes(part.id));
}

const options = readOptions();
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const parts = selectParts(options.only);
const plan = iterationPlan(options.quick === true);
const machine = describeMachine();
const date = new Date().toISOString().slice(0, 10);

let drafts;
try {
  drafts = loadRealDrafts();
} catch (error) {
  if (!(error instanceof MissingInputError)) throw error;
  console.error(`bench: ${error.message}`);
  process.exit(2);
}

console.log(`ILACS benchmarks, ${date}${options.quick ? ' (quick: rough figures)' : ''}`);
console.log(`Machine: ${machineLine(machine)}`);

const results = {};
for (const part of parts) {
  console.log(`\n== ${part.title}`);
  try {
    results[part.id] = await part.run({ drafts, plan });
  } catch (error) {
    // One part failing must not hide the others' figures; --check still fails on it.
    const failed = budget({
      label: `${part.title}: the part failed`,
      measured: undefined,
      limit: Number.NaN,
      unit: '',
      kind: 'at-most',
      why: error.message,
    });
    results[part.id] = { error: error.message, budgets: [failed], figures: {} };
    console.log(`FAILED: ${error.message}`);
    continue;
  }
  for (const table of [results[part.id].table, ...(results[part.id].tables ?? [])]) console.log(textTable(table));
  for (const note of results[part.id].notes ?? []) console.log(note);
}

const budgets = Object.values(results).flatMap((result) => result.budgets);
console.log('\n== Budgets');
console.log(
  textTable({
    columns: ['budget', 'limit', 'measured', 'status'],
    rows: budgets.map((b) => [b.label, describeLimit(b), formatFigure(b.measured, b.unit), b.status]),
  }),
);
const misses = explainMisses(results, machine);
if (misses.length > 0) console.log(`\n${misses.join('\n')}`);

const fullRun = parts === allParts && !options.quick;
if (fullRun && !options['no-write']) {
  writeFileSync(resultsFile, renderResults({ date, machine, parts, results, quick: false }));
  console.log(`\nWrote ${resultsFile}`);
}
if (options.readme && !fullRun) console.log('\n--readme needs a full run (no --quick, no --only): the README was left alone.');
else if (options.readme) {
  updateReadme(readmeFile, renderReadmeSection({ date, machine, results }));
  console.log(`Updated the Speed section of ${readmeFile}`);
}

const failedParts = Object.entries(results)
  .filter(([, result]) => result.error)
  .map(([id]) => id);
const missed = budgets.filter((b) => b.status !== 'met');
if (options.check && (missed.length > 0 || failedParts.length > 0)) {
  console.error(
    `\nbench --check: ${missed.length} budget(s) not met${failedParts.length ? `, part(s) failed: ${failedParts.join(', ')}` : ''}.`,
  );
  process.exit(1);
}
