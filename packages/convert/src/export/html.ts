import MarkdownIt from 'markdown-it';
import { readDraftDocument } from '../draft/read-draft.js';
import type { ConvertWarning } from '../errors.js';
import { ilacsDraftPlugin } from '../markdown-it/plugin.js';
import { draftStylesheet } from '../markdown-it/stylesheet.js';

export interface HtmlExportOptions {
  /** A whole page with its stylesheet (the default), or only the rendered fragment. */
  standalone?: boolean;
}

/** The project's Markdown reading (CommonMark with tables), rendering Ofsted's layout through the plugin. */
function renderer(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt('commonmark', { html: true }).enable('table');
  // Raw HTML in a draft is never passed through: comments (disable directives) and tags alike are dropped.
  md.renderer.rules.html_block = () => '';
  md.renderer.rules.html_inline = () => '';
  md.use(ilacsDraftPlugin);
  return md;
}

/** Exports a draft as HTML in Ofsted's published layout, with a stylesheet for the screen and for print. */
export function exportHtml(text: string, options: HtmlExportOptions = {}): { html: string; warnings: ConvertWarning[] } {
  const doc = readDraftDocument(text);
  const md = renderer();
  const body = md.render(text);
  const warnings: ConvertWarning[] = doc.title
    ? []
    : [{ code: 'no-title', severity: 'warning', message: 'The draft has no "# " title.', line: 1 }];
  if (options.standalone === false) return { html: body, warnings };
  const title = md.utils.escapeHtml(doc.title ?? 'ILACS draft');
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body { margin: 2em auto; padding: 0 1.5em; max-width: 50em; color: #0b0c0c; background: #fff; }
${draftStylesheet}
</style>
</head>
<body>
${body}</body>
</html>
`;
  return { html, warnings };
}
