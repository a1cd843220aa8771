/**
 * The Markdown preview's plugin, bundled on its own (dist/markdown-preview.js) and loaded only when
 * VS Code's preview first renders: it carries the domain knowledge of how Ofsted lays a draft out
 * (@ilacs/convert/markdown-it, with the core's judgement areas), which the client itself never needs.
 */
export { ilacsDraftPlugin } from '@ilacs/convert/markdown-it';
