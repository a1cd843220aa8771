import type { Connection } from 'vscode-languageserver';
import {
  decodeBytes,
  encodeBytes,
  exportDraftRequest,
  exportFormats,
  importDocumentRequest,
  maxConvertBytes,
  type ConversionWarning,
  type ExportDraftParams,
  type ExportDraftResult,
  type ImportDocumentParams,
  type ImportDocumentResult,
} from '../protocol.js';

/** `@ilacs/convert`: pdf.js, mammoth, docx and pdfkit, several times the size of the rest of the server. */
export type ConvertModule = typeof import('@ilacs/convert');
/** Loads the conversion code on first use; a host without it (the browser worker) has none. */
export type LoadConvert = () => Promise<ConvertModule>;

const unavailable =
  'Import and export need the ILACS checker that runs beside VS Code desktop (or the ilacs command line): the browser version does not carry the PDF and Word code.';
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

type ConvertFailure = { ok: false; message: string; code?: string; line?: number; column?: number };

/** A conversion's own refusal (not a PDF, a scanned PDF, a draft that does not parse) says where; anything else is a fault, logged. */
function failure(convert: ConvertModule, error: unknown, what: string, log: (message: string) => void): ConvertFailure {
  if (error instanceof convert.ConvertError) {
    const at = convert.describeLocation(error.location);
    return {
      ok: false,
      code: error.code,
      message: `${what}: ${at ? `${at}: ` : ''}${error.message}`,
      ...(error.location.line !== undefined ? { line: error.location.line } : {}),
      ...(error.location.column !== undefined ? { column: error.location.column } : {}),
    };
  }
  log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return {
    ok: false,
    message: `${what} failed: ${error instanceof Error ? error.message : String(error)}. The checker's output has the details.`,
  };
}

function warningsOf(convert: ConvertModule, warnings: readonly import('@ilacs/convert').ConvertWarning[]): ConversionWarning[] {
  return warnings.map((w) => {
    const where = convert.describeLocation(w.source);
    return {
      code: w.code,
      severity: w.severity,
      message: w.message,
      ...(w.line !== undefined ? { line: w.line } : {}),
      ...(where ? { where } : {}),
    };
  });
}

/** A PDF by its first bytes (`%PDF`), a .docx by its (`PK`, a zip), or else by its name; undefined when neither. */
function documentKind(bytes: Uint8Array, fileName: string): 'pdf' | 'docx' | undefined {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  if (/\.pdf$/i.test(fileName)) return 'pdf';
  if (/\.docx$/i.test(fileName)) return 'docx';
  return undefined;
}

/** `ilacs/importDocument`: the draft `ilacs import` would write, or why there is none. Never throws. */
export async function importDocument(
  load: LoadConvert | undefined,
  params: ImportDocumentParams,
  log: (message: string) => void = () => {},
): Promise<ImportDocumentResult> {
  if (!load) return { ok: false, message: unavailable };
  const name = String(params.fileName ?? 'the document');
  if (typeof params.data !== 'string') return { ok: false, message: `No bytes were sent for ${name}.` };
  // Base64 is four characters for three bytes: refuse before decoding what would be refused after.
  if ((params.data.length / 4) * 3 > maxConvertBytes + 3)
    return {
      ok: false,
      message: `${name} is larger than ${megabytes(maxConvertBytes)}: Ofsted's documents are well under that; is it the right file?`,
    };
  let bytes: Uint8Array;
  try {
    bytes = decodeBytes(params.data);
  } catch {
    return { ok: false, message: `The bytes sent for ${name} are not base64.` };
  }
  if (/\.doc$/i.test(name) && bytes[0] === 0xd0 && bytes[1] === 0xcf) {
    return {
      ok: false,
      code: 'not-docx',
      message: `${name} is a Word 97-2003 document (.doc): open it in Word and save it as a Word document (.docx), then import that.`,
    };
  }
  const kind = documentKind(bytes, name);
  if (!kind) return { ok: false, message: `${name} is neither a PDF nor a Word document (.docx).` };
  const convert = await loadOrExplain(load, log);
  if ('message' in convert) return convert;
  try {
    const result = kind === 'pdf' ? await convert.importPdf(bytes) : await convert.importDocx(bytes);
    return { ok: true, text: result.text, warnings: warningsOf(convert, result.warnings) };
  } catch (error) {
    return failure(convert, error, `Importing ${name}`, log);
  }
}

/** The conversion code, or the failure to answer with when it cannot be loaded (logged with its stack). */
async function loadOrExplain(load: LoadConvert, log: (message: string) => void): Promise<ConvertModule | { ok: false; message: string }> {
  try {
    return await load();
  } catch (error) {
    log(`Loading the conversion code failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, message: `The conversion code could not be loaded: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

/** `ilacs/exportDraft`: the draft as a Word document, a PDF or an HTML page, or why not. Never throws. */
export async function exportDraft(
  load: LoadConvert | undefined,
  params: ExportDraftParams,
  log: (message: string) => void = () => {},
): Promise<ExportDraftResult> {
  if (!load) return { ok: false, message: unavailable };
  if (!(exportFormats as readonly unknown[]).includes(params.format))
    return { ok: false, message: `Unknown export format ${JSON.stringify(params.format)}: expected one of ${exportFormats.join(', ')}.` };
  if (typeof params.text !== 'string') return { ok: false, message: 'No draft text was sent.' };
  if (params.text.length > maxConvertBytes) return { ok: false, message: `The draft is larger than ${megabytes(maxConvertBytes)}.` };
  const convert = await loadOrExplain(load, log);
  if ('message' in convert) return convert;
  try {
    if (params.format === 'html') {
      const { html, warnings } = convert.exportHtml(params.text);
      return { ok: true, data: encodeBytes(new TextEncoder().encode(html)), warnings: warningsOf(convert, warnings) };
    }
    const { bytes, warnings } = params.format === 'docx' ? await convert.exportDocx(params.text) : await convert.exportPdf(params.text);
    return { ok: true, data: encodeBytes(bytes), warnings: warningsOf(convert, warnings) };
  } catch (error) {
    return failure(convert, error, `Exporting to ${params.format.toUpperCase()}`, log);
  }
}

export function registerConvert(connection: Connection, load: LoadConvert | undefined): void {
  const log = (message: string) => connection.console.error(message);
  connection.onRequest<ImportDocumentResult, never>(importDocumentRequest, (params: ImportDocumentParams) =>
    importDocument(load, params, log),
  );
  connection.onRequest<ExportDraftResult, never>(exportDraftRequest, (params: ExportDraftParams) => exportDraft(load, params, log));
}
