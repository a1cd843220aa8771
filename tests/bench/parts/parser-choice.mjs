// The measurement that chose the core's Markdown parser, kept in the suite so the choice stays checked: candidate
// parsers on the bodies of the real reports, against the core's whole parseDraft (front matter, body and model).
import MarkdownIt from 'markdown-it';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parseDraft } from '@ilacs/core';
import { formatFigure } from '../lib/budget.mjs';
import { median, timeSync } from '../lib/timing.mjs';

/** The body is everything after the closing front-matter fence. */
const bodyOf = (text) => text.slice(text.indexOf('\n---', 3) + 4);

function candidates() {
  const full = new MarkdownIt('commonmark').enable('table');
  const blockOnly = new MarkdownIt('commonmark', { html: true }).enable('table');
  blockOnly.core.ruler.disable(['inline', 'text_join']);
  return {
    'markdown-it, block pass only (chosen)': (body) => blockOnly.parse(body, {}),
    'markdown-it, full parse': (body) => full.parse(body, {}),
    'micromark + mdast (GFM tables)': (body) => fromMarkdown(body, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }),
    'whole @ilacs/core parseDraft (front matter + body + model)': (_body, text) => parseDraft(text),
  };
}

export default {
  id: 'parser-choice',
  title: 'Parser choice: candidate parsers on the real reports',
  async run({ drafts, plan }) {
    const bodies = drafts.map((draft) => bodyOf(draft.text));
    const rows = Object.entries(candidates()).map(([name, parse]) => {
      const perDraft = drafts.map((draft, index) => median(timeSync(() => parse(bodies[index], draft.text), plan).wall));
      return [name, formatFigure(median(perDraft), 'ms')];
    });
    return {
      table: { columns: ['parser', 'median per real draft'], rows },
      figures: {},
      budgets: [],
      notes: ['Per draft: the median of the timed runs after warm-up; the figure is the median over the drafts.'],
    };
  },
};
