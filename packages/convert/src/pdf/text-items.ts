import { ConvertError } from '../errors.js';

/** One run of text on a page, in PDF points with the origin at the bottom left. */
export interface TextRun {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
}

export interface PageText {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

export interface PdfText {
  pages: PageText[];
  /** The document information dictionary's dates (PDF "D:YYYYMMDD..." strings), when present. */
  created?: string;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use. The legacy build is the one that runs in Node 20 as well as in browsers.
 * The worker runs in this thread ("fake worker", given through `globalThis.pdfjsWorker`): an import
 * reads one document at a time, and a bundled CLI has no worker file to point at.
 */
function loadPdfjs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    // In Node, pdf.js reaches for an optional canvas package at load time to render pages, which text
    // extraction never does; its complaints about a missing one would only confuse a user.
    const host = globalThis as unknown as { console: { warn: (...args: unknown[]) => void }; DOMMatrix?: unknown };
    const warn = host.console.warn;
    host.console.warn = () => {};
    // Its drawing code also builds a DOMMatrix at load time, which Node lacks without that package:
    // an identity stand-in, there only while the module loads, since text is never drawn.
    const lentMatrix = host.DOMMatrix === undefined;
    if (lentMatrix)
      host.DOMMatrix = class IdentityMatrix {
        a = 1;
        b = 0;
        c = 0;
        d = 1;
        e = 0;
        f = 0;
      };
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const holder = globalThis as { pdfjsWorker?: unknown };
      holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      host.console.warn = warn;
      if (lentMatrix) delete host.DOMMatrix;
    }
  })();
  return pdfjsLoading;
}

const pdfSignature = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function looksLikePdf(bytes: Uint8Array): boolean {
  // The signature may follow a little junk (the format allows it within the first 1024 bytes).
  const limit = Math.min(bytes.length - pdfSignature.length, 1024);
  for (let start = 0; start <= limit; start++) {
    if (pdfSignature.every((b, i) => bytes[start + i] === b)) return true;
  }
  return false;
}

/** Reads every page's text runs with their positions, sizes and whether the font is bold. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  if (!looksLikePdf(bytes)) throw new ConvertError('not-pdf', 'This is not a PDF: it does not start with "%PDF-".');
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'PasswordException')
      throw new ConvertError('pdf-encrypted', 'The PDF is protected by a password: open it, save an unprotected copy and import that.');
    throw new ConvertError('pdf-unreadable', `The PDF cannot be read: ${(error as Error)?.message ?? String(error)}.`);
  }
  try {
    const info = (await document.getMetadata().catch(() => undefined))?.info as { CreationDate?: string } | undefined;
    const pages: PageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // Font names (and so boldness) reach this side only once the page's fonts have been loaded for drawing.
      await page.getOperatorList();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [a, b, , d, e, f] = item.transform as number[];
        // Rotated text (a vertical label in a margin) is not prose: leave it out. Slanted text (c alone) is.
        if (Math.abs(b!) > 0.01) continue;
        const font = page.commonObjs.has(item.fontName)
          ? (page.commonObjs.get(item.fontName) as { name?: string; bold?: boolean } | null)
          : null;
        const fontName = font?.name ?? '';
        runs.push({
          text: item.str,
          x: e! - viewport.viewBox[0]!,
          y: f! - viewport.viewBox[1]!,
          width: item.width,
          size: Math.abs(d!) || Math.abs(a!),
          bold: font?.bold === true || /bold|black|heavy|semibold|demi/i.test(fontName),
        });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    return { pages, ...(info?.CreationDate ? { created: info.CreationDate } : {}) };
  } finally {
    await document.destroy();
  }
}
