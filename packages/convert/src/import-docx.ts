import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { findAuthority } from '@ilacs/core/framework';
import { parseDocument as parseYamlDocument } from 'yaml';
import { htmlToBlocks } from './docx/html-blocks.js';
import { writeDraft } from './draft/write-draft.js';
import { ConvertError, type ConvertWarning } from './errors.js';
import { frontMatterProperty } from './export/docx.js';
import type { ImportResult } from './import-pdf.js';
import { recogniseDraft, type FrontMatterFacts } from './ofsted/recognise.js';

/** Word styles people use for a title and headings, beyond mammoth's defaults (Heading 1 to 6). */
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

function openPackage(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ConvertError(
      'not-docx',
      'This is not a Word document (.docx): a .docx is a zip package, and this file is not one. An older .doc must be saved as .docx first.',
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    // Only the two parts read here are inflated: a large embedded image costs nothing.
    files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' || file.name === 'docProps/custom.xml' });
  } catch (error) {
    throw new ConvertError('docx-corrupt', `The Word document is damaged and cannot be opened (${(error as Error).message}).`);
  }
  if (!files['word/document.xml'])
    throw new ConvertError('docx-corrupt', 'The package has no word/document.xml: it is not a Word document, or it is damaged.');
  return files;
}

/**
 * A carried front matter meets the document's text: what the text states wins where the two differ
 * (the author edited the days on site, the lead inspector or a letter's date in Word), and is said.
 * Untouched, the carried text is kept exactly, comments and all.
 */
function reconcile(
  document: ReturnType<typeof parseYamlDocument>,
  carried: string,
  stated: FrontMatterFacts,
  warnings: ConvertWarning[],
): string {
  let changed = false;
  for (const key of ['local_authority', 'dates', 'lead_inspector', 'published'] as const) {
    const printed = stated[key];
    if (printed === undefined) continue;
    const value: unknown = document.get(key);
    const same = key === 'local_authority' ? findAuthority(String(value ?? ''))?.name === printed : String(value ?? '') === String(printed);
    if (same) continue;
    warnings.push({
      code: 'front-matter-from-text',
      severity: 'warning',
      message:
        value === undefined
          ? `"${key}" taken from the document's text: ${printed}.`
          : `The document's text says ${key} is "${printed}" where the front matter it carries says "${String(value)}": the text was edited in Word, so "${key}" follows it.`,
    });
    document.set(key, printed);
    changed = true;
  }
  return changed ? document.toString({ lineWidth: 0 }) : carried;
}

/** The front matter a document exported by this package carries in a custom property, when present. */
function carriedFrontMatter(files: Record<string, Uint8Array>): string | undefined {
  const xml = files['docProps/custom.xml'];
  if (!xml) return undefined;
  const dom = parseDocument(new TextDecoder().decode(xml), { xmlMode: true, decodeEntities: true });
  type XmlNode = { name?: string; attribs?: Record<string, string>; children?: XmlNode[]; data?: string; type: string };
  const text = (n: XmlNode): string => (n.type === 'text' ? (n.data ?? '') : (n.children ?? []).map(text).join(''));
  const find = (n: XmlNode): string | undefined => {
    if (n.name === 'property' && n.attribs?.name === frontMatterProperty) return text(n);
    for (const child of n.children ?? []) {
      const found = find(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return find(dom as unknown as XmlNode);
}

/**
 * Imports a Word document as a draft: headings, the judgement table, numbered paragraphs and bullets,
 * through mammoth's HTML and this package's own mapping. Front matter comes from what the document
 * states (its title, "Inspection dates:", "Lead inspector:", a letter's date and signature), or whole
 * from a document this package exported. Throws a {@link ConvertError} for a file that is not a
 * readable .docx.
 */
export async function importDocx(bytes: Uint8Array): Promise<ImportResult> {
  const files = openPackage(bytes);
  const carried = carriedFrontMatter(files);
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's Node build reads `buffer` (JSZip takes a Uint8Array), its browser build `arrayBuffer`.
    const input = { buffer: bytes, arrayBuffer: buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      styleMap,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw new ConvertError('docx-corrupt', `The Word document cannot be read: ${(error as Error).message}.`);
  }
  let known: FrontMatterFacts | undefined;
  let carriedDocument: ReturnType<typeof parseYamlDocument> | undefined;
  const warnings: ConvertWarning[] = [];
  if (carried !== undefined) {
    const document = parseYamlDocument(carried);
    const data: unknown = document.errors.length ? undefined : document.toJS({ maxAliasCount: 100 });
    if (data && typeof data === 'object') {
      known = data as FrontMatterFacts;
      carriedDocument = document;
    } else {
      warnings.push({
        code: 'carried-front-matter-unreadable',
        severity: 'warning',
        message: 'The document carries front matter that is not valid YAML: it was read from the text instead.',
      });
    }
  }
  const blocks = htmlToBlocks(html);
  if (blocks.length === 0) throw new ConvertError('docx-empty', 'The Word document has no text.');
  const recognised = recogniseDraft(blocks, { origin: 'author', ...(known ? { known } : {}) });
  const frontMatterText = carriedDocument ? reconcile(carriedDocument, carried!, recognised.stated, warnings) : undefined;
  const written = writeDraft(frontMatterText !== undefined ? { ...recognised, frontMatterText } : recognised);
  const unrecognisedStyles = messages.filter((m) => m.type === 'warning').map((m) => m.message);
  if (unrecognisedStyles.length) {
    warnings.push({
      code: 'word-styles',
      severity: 'info',
      message: `Word formatting read as plain paragraphs: ${unrecognisedStyles.slice(0, 5).join('; ')}${unrecognisedStyles.length > 5 ? '; ...' : ''}.`,
    });
  }
  return {
    text: written.text,
    warnings: [...written.warnings.filter((w) => !(known && w.code === 'previous-missing' && known.previous)), ...warnings],
  };
}
