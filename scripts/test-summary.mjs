// Prints one closing line for the whole monorepo ("N passed, N failed"), summed from each package's
// vitest JSON report, so CI and people see the total without scrolling through turbo's output.
// `--exit-code N` passes on turbo's exit code, so a failed suite fails the run even if its report is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const folders = ['packages', 'apps'].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
);
folders.push(join(root, 'tests'));

let passed = 0;
let failed = 0;
let skipped = 0;
for (const folder of folders) {
  const report = join(folder, 'test-results', 'vitest.json');
  if (!existsSync(report)) continue;
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests ?? 0;
  failed += result.numFailedTests ?? 0;
  skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
}
const exitCodeAt = process.argv.indexOf('--exit-code');
const runnerExitCode = exitCodeAt === -1 ? 0 : Number(process.argv[exitCodeAt + 1] ?? 1);
if (passed + failed === 0) {
  console.error('No test results found: did any test run?');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || runnerExitCode !== 0 ? 1 : 0);
