// The key ratios in the README's "Speed" section, rewritten between its markers by `pnpm bench --readme`
// (only on purpose: a run on a busy machine should not change the README).
import { readFileSync, writeFileSync } from 'node:fs';
import { formatFigure } from './budget.mjs';
import { machineLine } from './machine.mjs';
import { markdownTable } from './table.mjs';
import { folderBudgetMs } from '../parts/cli.mjs';
import { completionBudgetMs, diagnosticsBudgetMs, hoverBudgetMs } from '../parts/language-server.mjs';
import { perReportBudgetMs, speedupBudget } from '../parts/real-reports.mjs';
import { flatnessBudget, hostileGrowthBudget } from '../parts/scaling.mjs';

const startMarker = '<!-- bench:start -->';
const endMarker = '<!-- bench:end -->';

function keyRows(results) {
  const reports = results['real-reports']?.figures ?? {};
  const scaling = results.scaling?.figures ?? {};
  const server = results['language-server']?.figures ?? {};
  const cli = results.cli?.figures ?? {};
  const sizes = results.sizes?.figures ?? {};
  const kb = (bytes) => (bytes === undefined ? 'not built' : `${(bytes / 1024).toFixed(0)} KB`);
  return [
    [
      'core lint per real report, median (slowest): parse and every rule',
      `${formatFigure(reports.coreMedianMs, 'ms')} (${formatFigure(reports.coreSlowestMs, 'ms')})`,
      `< ${perReportBudgetMs} ms`,
    ],
    ['the same against markdownlint (default rules)', formatFigure(reports.speedup, '×'), `≥ ${speedupBudget}×`],
    ['scaling 10 KB to 1 MB: largest rise in CPU time per KB', formatFigure(scaling.growth, '×'), `< ${flatnessBudget}× (linear)`],
    [
      'hostile shapes 100 KB to 1 MB: largest rise in CPU time per KB',
      formatFigure(scaling.hostileGrowth, '×'),
      `< ${hostileGrowthBudget}× (quadratic: 10×)`,
    ],
    [`hostile shapes: slowest at 1 MB (${scaling.hostileSlowest?.name ?? '-'})`, formatFigure(scaling.hostileSlowest?.ms, 'ms'), ''],
    ['language server: didChange to diagnostics', formatFigure(server.diagnosticsMs, 'ms'), `< ${diagnosticsBudgetMs} ms`],
    [
      'language server: completion / hover after an edit',
      `${formatFigure(server.completionMs, 'ms')} / ${formatFigure(server.hoverMs, 'ms')}`,
      `< ${completionBudgetMs} ms / < ${hoverBudgetMs} ms`,
    ],
    ['CLI: cold start on one report', formatFigure(cli.coldStartMs, 'ms'), ''],
    ['CLI: 300 real-sized drafts, in total', formatFigure(cli.folderMs, 'ms'), `< ${folderBudgetMs} ms`],
    [
      'core in an app calling lintText (minified, gzipped)',
      sizes.coreLintAppGzipBytes === undefined ? '-' : kb(sizes.coreLintAppGzipBytes),
      '',
    ],
    ['language server bundle / VSIX', `${kb(sizes.serverBytes)} / ${kb(sizes.vsixBytes)}`, ''],
  ];
}

export function renderReadmeSection({ date, machine, results }) {
  return [
    startMarker,
    markdownTable({ columns: ['measure', 'measured', 'budget'], rows: keyRows(results) }),
    '',
    `Measured ${date} on ${machineLine(machine)}; all figures in [tests/bench/RESULTS.md](tests/bench/RESULTS.md).`,
    endMarker,
  ].join('\n');
}

/** Replaces the text between the markers; a README without them is a located error, not a silent no-op. */
export function updateReadme(readmePath, section) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start)
    throw new Error(`${readmePath}: no "${startMarker}" ... "${endMarker}" block in the Speed section to update.`);
  writeFileSync(readmePath, readme.slice(0, start) + section + readme.slice(end + endMarker.length));
}
