// Measures candidate Markdown parsers on the real drafts, to choose the core's parser by numbers.
// Run: node tests/bench/parser-choice.mjs  (after `pnpm build`). Prints medians per draft.
// The measurement itself is the suite's "parser-choice" part (parts/parser-choice.mjs), so `pnpm bench` keeps it too.
import { loadRealDrafts } from './lib/corpus.mjs';
import { describeMachine, machineLine } from './lib/machine.mjs';
import { textTable } from './lib/table.mjs';
import { iterationPlan } from './lib/timing.mjs';
import parserChoice from './parts/parser-choice.mjs';

let drafts;
try {
  drafts = loadRealDrafts();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
console.log(`${machineLine(describeMachine())}; ${drafts.length} real drafts`);
const result = await parserChoice.run({ drafts, plan: iterationPlan(false) });
console.log(textTable(result.table));
