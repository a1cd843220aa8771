import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { draftStylesheet, ilacsDraftPlugin } from '../src/markdown-it/index.js';

const report = readFileSync(new URL('./fixtures/report.md', import.meta.url), 'utf8');
const letter = readFileSync(new URL('./fixtures/letter.md', import.meta.url), 'utf8');
const render = (text: string, md = new MarkdownIt('commonmark').enable('table')) => md.use(ilacsDraftPlugin).render(text);

describe('the markdown-it plugin', () => {
  it('shows a report as published: title block from the front matter, graded table and headings, hanging numbers, square bullets', () => {
    const html = render(report);
    expect(html).toContain('<div class="ilacs-draft ilacs-draft-report">');
    expect(html).not.toContain('local_authority');
    expect(html).toMatch(
      /<h1 class="ilacs-title">Inspection of Rutland local authority children's services<\/h1>\n<div class="ilacs-title-block">\n<p class="ilacs-title-line"><strong>Inspection dates:<\/strong> 3 to 7 March 2025<\/p>\n<p class="ilacs-title-line"><strong>Lead inspector:<\/strong> Sam Example, His Majesty’s Inspector<\/p>/,
    );
    expect(html).toContain('<table class="ilacs-judgements">');
    expect(html).toContain('<td class="ilacs-grade ilacs-grade-requires-improvement">Requires improvement to be good</td>');
    expect(html).toContain(
      '<h2 class="ilacs-judgement-heading ilacs-grade ilacs-grade-requires-improvement">The experiences and progress of children in care: requires improvement to be good</h2>',
    );
    expect(html).toContain('<ul class="ilacs-improvements">');
    expect(html).toMatch(/<ol start="5" class="ilacs-numbered">\n<li data-number="5">/);
  });

  it('shows a letter in letter form: date above the title, signature below the text', () => {
    const html = render(letter);
    expect(html).toMatch(/<p class="ilacs-letter-date">10 July 2024<\/p>\n<h1 class="ilacs-title">Focused visit to Rutland/);
    expect(html).toMatch(
      /<div class="ilacs-letter-close">\n<p>Yours sincerely<\/p>\n<p class="ilacs-signature">Sam Example<br>\nHis Majesty’s Inspector<\/p>\n<\/div>\n<\/div>\n$/,
    );
    expect(html).not.toContain('ilacs-judgement-heading');
  });

  it('leaves Markdown that is not a draft exactly as markdown-it renders it', () => {
    for (const text of ['# Notes\n\n1. one\n2. two\n', '---\ntitle: a blog post\n---\n\n# Post\n', '---\nilacs: [broken\n---\n# x\n']) {
      const plain = new MarkdownIt('commonmark').enable('table');
      plain.block.ruler.before('table', 'front', (state, start, _end, silent) => {
        // Without the plugin, a front matter would render as a rule and a heading: compare bodies only.
        return false && state && start && silent;
      });
      const withPlugin = render(text);
      expect(withPlugin).not.toContain('ilacs-');
      if (!text.startsWith('---')) expect(withPlugin).toBe(plain.render(text));
    }
  });

  it('reads the front matter from markdown-it-front-matter’s token when that plugin took it first (VS Code’s preview)', () => {
    const md = new MarkdownIt('commonmark').enable('table');
    // What markdown-it-front-matter does: a block rule before "table" that leaves the YAML in `meta`.
    md.block.ruler.before('table', 'front_matter', (state, startLine, endLine, silent) => {
      if (startLine !== 0 || state.src.slice(0, 4) !== '---\n') return false;
      let end = 1;
      while (end < endLine && state.src.slice(state.bMarks[end]!, state.eMarks[end]!) !== '---') end++;
      if (silent) return true;
      const token = state.push('front_matter', '', 0);
      token.meta = state.src.slice(state.bMarks[1]!, state.bMarks[end]!) as unknown as Record<string, unknown>;
      token.hidden = true;
      state.line = end + 1;
      return true;
    });
    md.renderer.rules.front_matter = () => '';
    const html = render(report, md);
    expect(html).toContain('<strong>Inspection dates:</strong> 3 to 7 March 2025');
  });

  it('escapes what it takes from the front matter', () => {
    const html = render(report.replace('Sam Example, His', '<script>x</script>, His'));
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('ships one stylesheet, scoped to drafts, with print rules', () => {
    expect(draftStylesheet).toContain('@media print');
    for (const rule of draftStylesheet.split('\n').filter((l) => l.startsWith('.'))) expect(rule.startsWith('.ilacs-draft')).toBe(true);
  });
});
