export { ConvertError, describeLocation, type ConvertWarning, type SourceLocation } from './errors.js';
export { importPdf, type ImportResult } from './import-pdf.js';
export { importDocx } from './import-docx.js';
export { exportDocx, frontMatterProperty, type ExportResult } from './export/docx.js';
export { exportHtml, type HtmlExportOptions } from './export/html.js';
export { ilacsDraftPlugin, draftStylesheet } from './markdown-it/index.js';
export { exportPdf } from './export/pdf.js';
