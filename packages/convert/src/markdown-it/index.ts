/**
 * `@ilacs/convert/markdown-it`: the rendering of a draft as Ofsted publishes it, for any markdown-it
 * (the HTML export, VS Code's Markdown preview). Light: markdown-it is the caller's, and nothing here
 * reads PDFs or Word documents.
 */
export { ilacsDraftPlugin } from './plugin.js';
export { draftStylesheet } from './stylesheet.js';
