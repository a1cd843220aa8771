// Part 5: the CLI as CI and pre-commit run it, a fresh process each time: the cold start of `ilacs lint` on one
// real report, and one run over 300 real-sized drafts (the corpus copied round-robin into a temporary folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { budget, formatFigure } from '../lib/budget.mjs';
import { cliBundle } from '../lib/paths.mjs';
import { median } from '../lib/timing.mjs';

export const folderBudgetMs = 2000;
const folderSize = 300;

/** Wall time of one process, with its exit checked: a run that failed measured nothing. */
function timeProcess(args, { cwd, expectStatus = 0 }) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== expectStatus) {
    throw new Error(
      `node ${args.join(' ')} exited ${result.status}, expected ${expectStatus}: ${(result.stderr || result.stdout).slice(0, 400)}`,
    );
  }
  return ms;
}

function timeSpawns(count, args, options) {
  timeProcess(args, options); // warm the file-system cache; not counted
  return median(Array.from({ length: count }, () => timeProcess(args, options)));
}

export default {
  id: 'cli',
  title: 'CLI: cold start and a folder of 300 drafts',
  async run({ drafts, plan }) {
    if (!existsSync(cliBundle)) {
      return {
        table: { columns: ['run', 'median wall time'], rows: [['ilacs lint', 'not built']] },
        figures: {},
        budgets: [
          budget({
            label: `ilacs lint on ${folderSize} real-sized drafts, in total`,
            measured: undefined,
            limit: folderBudgetMs,
            unit: 'ms',
            kind: 'at-most',
            why: `${cliBundle} is missing: run pnpm build.`,
          }),
        ],
        notes: [],
      };
    }
    const folder = mkdtempSync(join(tmpdir(), 'ilacs-bench-cli-'));
    try {
      for (let index = 0; index < folderSize; index++) {
        const draft = drafts[index % drafts.length];
        writeFileSync(join(folder, `${String(index).padStart(3, '0')}-${draft.name}`), draft.text);
      }
      const oneFile = join(folder, `000-${drafts[0].name}`);
      const options = { cwd: folder };
      const nodeAlone = timeSpawns(plan.spawns, ['-e', ''], options);
      const loadOnly = timeSpawns(plan.spawns, [cliBundle, '--version'], options);
      const coldStart = timeSpawns(plan.spawns, [cliBundle, 'lint', oneFile], options);
      const wholeFolder = timeSpawns(Math.max(3, Math.ceil(plan.spawns / 2)), [cliBundle, 'lint', folder], options);
      const totalKb =
        Array.from({ length: folderSize }, (_, index) => drafts[index % drafts.length].bytes).reduce((a, b) => a + b, 0) / 1024;
      return {
        table: {
          columns: ['run', 'median wall time'],
          rows: [
            ['node -e "" (Node start-up alone, for scale)', formatFigure(nodeAlone, 'ms')],
            ['ilacs --version (loading the bundle, no linting)', formatFigure(loadOnly, 'ms')],
            [`ilacs lint, one real report (cold start)`, formatFigure(coldStart, 'ms')],
            [`ilacs lint, ${folderSize} real-sized drafts (${(totalKb / 1024).toFixed(1)} MB)`, formatFigure(wholeFolder, 'ms')],
            ['  of which per draft, after start-up', formatFigure((wholeFolder - coldStart) / (folderSize - 1), 'ms')],
          ],
        },
        figures: { nodeAloneMs: nodeAlone, loadOnlyMs: loadOnly, coldStartMs: coldStart, folderMs: wholeFolder, folderDrafts: folderSize },
        budgets: [
          budget({
            label: `ilacs lint on ${folderSize} real-sized drafts, in total`,
            measured: wholeFolder,
            limit: folderBudgetMs,
            unit: 'ms',
            kind: 'at-most',
          }),
        ],
        notes: [
          `Fresh \`node ${'packages/cli/dist/ilacs.js'} lint\` processes, median of ${plan.spawns} (${Math.max(3, Math.ceil(plan.spawns / 2))} for the folder) after one untimed run; each must exit 0 (the real reports have no errors).`,
        ],
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
