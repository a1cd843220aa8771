export { ConvertError, describeLocation, type ConvertWarning, type SourceLocation } from './errors.js';
export { importPdf, type ImportResult } from './import-pdf.js';
