// Measures candidate Markdown parsers on the real drafts, to choose the core's parser by numbers.
// Run: node tests/bench/parser-choice.mjs  (after `pnpm build`). Prints medians per draft.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import MarkdownIt from 'markdown-it';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { parseDraft } from '@ilacs/core';

const corpus = new URL('../../../shared/corpus/drafts/', import.meta.url).pathname;
if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}`);
  process.exit(2);
}
const drafts = readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => readFileSync(corpus + f, 'utf8'));
const bodies = drafts.map((d) => d.slice(d.indexOf('\n---', 3) + 4));

const full = new MarkdownIt('commonmark').enable('table');
const blockOnly = new MarkdownIt('commonmark', { html: true }).enable('table');
blockOnly.core.ruler.disable(['inline', 'text_join']);

const candidates = {
  'markdown-it, block pass only (chosen)': (body) => blockOnly.parse(body, {}),
  'markdown-it, full parse': (body) => full.parse(body, {}),
  'micromark + mdast (GFM tables)': (body) => fromMarkdown(body, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }),
  'whole @ilacs/core parseDraft (front matter + body + model)': (_body, draft) => parseDraft(draft),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`Node ${process.version}, ${cpus()[0].model}, ${drafts.length} real drafts (median ${Math.round(median(drafts.map((d) => d.length)) / 1024)} KB)`);
for (const [name, parse] of Object.entries(candidates)) {
  const perDraft = drafts.map((draft, i) => {
    for (let w = 0; w < 20; w++) parse(bodies[i], draft);
    const times = [];
    for (let r = 0; r < 30; r++) {
      const start = process.hrtime.bigint();
      parse(bodies[i], draft);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(times);
  });
  console.log(`${name.padEnd(60)} ${median(perDraft).toFixed(3)} ms median per draft`);
}
