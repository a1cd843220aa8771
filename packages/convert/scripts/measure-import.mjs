#!/usr/bin/env node
// Imports every real PDF in ../shared/corpus and compares it with its hand-checked draft.
// Usage (after `pnpm --filter @ilacs/convert build`):
//   node packages/convert/scripts/measure-import.mjs [--json] [--details] [name-filter]
import { corpusPairs, markdownTable, measureAll } from './measure-lib.mjs';

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const pairs = corpusPairs().filter((p) => !filter || p.name.includes(filter));
if (pairs.length === 0) {
  console.error('No corpus found: ../shared/corpus (beside the repository) holds the real PDFs and drafts.');
  process.exit(2);
}
const results = await measureAll(pairs);
if (args.includes('--json')) {
  console.log(
    JSON.stringify(
      results.map(({ text, ...r }) => r),
      null,
      2,
    ),
  );
} else {
  console.log(markdownTable(results));
  if (args.includes('--details')) {
    for (const r of results) {
      if (r.factsDiffer.length) console.log(`\n${r.name} facts:`, JSON.stringify(r.factValues));
      if (!r.headingsAgree)
        console.log(
          `\n${r.name} headings:\n  reference: ${r.headings.reference.join(' | ')}\n  imported:  ${r.headings.imported.join(' | ')}`,
        );
      if (r.lintDiffers.length) console.log(`\n${r.name} lint: ${r.lintDiffers.join(', ')}`);
    }
  }
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `\nImport time per PDF: median ${Math.round(ms[Math.floor(ms.length / 2)])} ms, slowest ${Math.round(ms[ms.length - 1])} ms (Node ${process.version}).`,
  );
}
