// `pnpm fuzz [--cases N] [--seed S] [--budget-ms M] [--max-shape-kb K]`: prints the figures; exits 1 on a crash or a slow case.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { caseText, defaultMaxShapeKb, loadSeeds, runFuzz } from './fuzz.mjs';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'budget-ms': { type: 'string', default: '100' },
    'max-shape-kb': { type: 'string', default: String(defaultMaxShapeKb) },
    dump: { type: 'string' },
  },
});
const repoRoot = new URL('../..', import.meta.url).pathname;
const seeds = loadSeeds(repoRoot);
const cases = Number(values.cases);
const seed = Number(values.seed);
const budgetMs = Number(values['budget-ms']);
const maxShapeKb = Number(values['max-shape-kb']);
if (values.dump !== undefined) {
  // Writes one case to a file to replay it: pnpm fuzz --seed S --dump N
  const { text, applied } = caseText({ seed, seeds, caseNumber: Number(values.dump), maxShapeKb });
  const file = `fuzz-case-${seed}-${values.dump}.md`;
  writeFileSync(file, text);
  console.log(`Wrote ${file} (${text.length} chars, ${applied.join(' + ')})`);
  process.exit(0);
}
console.log(
  `Fuzzing ${cases} cases from ${seeds.length} seed drafts, seed ${seed}, budget ${budgetMs} ms per case, hostile shapes up to ${maxShapeKb} KB (Node ${process.version})`,
);
const started = performance.now();
const result = runFuzz({ cases, seed, seeds, budgetMs, maxShapeKb });
const seconds = (performance.now() - started) / 1000;
console.log(`cases run: ${result.cases}`);
console.log(`crashes: ${result.failures.length}`);
console.log(`lints over ${budgetMs} ms: ${result.slow.length}`);
console.log(
  `slowest lint: ${result.slowest.ms.toFixed(1)} ms (#${result.slowest.caseNumber}, ${result.slowest.size} chars, ${result.slowest.mutations.join(' + ')})`,
);
console.log(`slowest fix (fixText twice, every fourth case): ${result.slowestFix.ms.toFixed(1)} ms (#${result.slowestFix.caseNumber})`);
console.log(`mean lint: ${result.meanMs.toFixed(2)} ms; total run ${seconds.toFixed(1)} s`);
for (const failure of result.failures.slice(0, 10))
  console.log(`  crash in case #${failure.caseNumber} (${failure.mutations.join(' + ')}): ${failure.error.split('\n')[0]}`);
for (const s of result.slow.slice(0, 10)) console.log(`  slow case #${s.caseNumber}: ${s.ms.toFixed(1)} ms (${s.mutations.join(' + ')})`);
if (result.failures.length || result.slow.length)
  console.log(`Replay with: pnpm fuzz --seed ${seed} --cases ${cases} --max-shape-kb ${maxShapeKb} (one case: add --dump N)`);
process.exit(result.failures.length || result.slow.length ? 1 : 0);
