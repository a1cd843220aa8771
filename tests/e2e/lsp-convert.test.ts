import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '@ilacs/core';
import { exportDraft, importDocument } from '../../packages/language-server/src/features/convert.js';
import {
  decodeBytes,
  encodeBytes,
  maxConvertBytes,
  type ExportDraftResult,
  type ImportDocumentResult,
} from '../../packages/language-server/src/protocol.js';
import { ilacs, scratchFolder } from './cli-support.js';
import { LspClient, repoRoot, sharedRoot } from './lsp-support.js';

/**
 * ilacs/importDocument and ilacs/exportDraft, which the VS Code commands send: against the real built
 * server (whose conversion code is the separate dist/convert.mjs, loaded on the first request), the
 * same drafts and documents as `ilacs import` and `ilacs export`; and the handlers' refusals in-process.
 */
const fixtures = join(repoRoot, 'packages/convert/test/fixtures');
const report = readFileSync(join(fixtures, 'report.md'), 'utf8');
const publishedPdf = resolve(sharedRoot, 'corpus/published/012-harrow-short-inspection.pdf');
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

let client: LspClient;
const importDoc = (fileName: string, bytes: Uint8Array) =>
  client.connection.sendRequest('ilacs/importDocument', { fileName, data: encodeBytes(bytes) }) as Promise<ImportDocumentResult>;
const exportAs = (format: string, text = report) =>
  client.connection.sendRequest('ilacs/exportDraft', { uri: 'file:///drafts/report.md', text, format }) as Promise<ExportDraftResult>;
function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

// pdf.js and docx load in the server on first use: seconds on a busy 2-core machine.
describe('the built server converts as the command line does', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client.stop();
  });

  it('announces that it converts, so that clients offer import and export', () => {
    expect(client.initializeResult?.capabilities.experimental).toEqual({ ilacs: { convert: true } });
  });

  it('exports Word, PDF and HTML that import back: Word to the very draft, PDF to the same body', async () => {
    const word = decodeBytes(ok(await exportAs('docx')).data);
    expect(String.fromCharCode(word[0]!, word[1]!)).toBe('PK');
    expect(ok(await importDoc('report.docx', word)).text).toBe(report);

    const pdf = ok(await exportAs('pdf'));
    const pdfBytes = decodeBytes(pdf.data);
    expect(new TextDecoder().decode(pdfBytes.subarray(0, 5))).toBe('%PDF-');
    const fromPdf = ok(await importDoc('report.pdf', pdfBytes));
    expect(body(fromPdf.text)).toBe(body(report));
    // What the author must fill in is said, on the line of the draft where it goes.
    const previous = fromPdf.warnings.find((w) => w.message.includes('"previous" is left for you'));
    expect(previous?.line).toBeGreaterThan(0);
    expect(fromPdf.text.split('\n').length).toBeGreaterThanOrEqual(previous!.line!);

    const html = new TextDecoder().decode(decodeBytes(ok(await exportAs('html')).data));
    expect(html.toLowerCase().startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('class="ilacs-judgements"');
  });

  it.skipIf(!existsSync(publishedPdf))(
    'imports one of Ofsted’s published reports into the draft `ilacs import` writes, which lints with no errors',
    async () => {
      const result = ok(await importDoc('012-harrow-short-inspection.pdf', new Uint8Array(readFileSync(publishedPdf))));
      expect(lintText(result.text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const folder = scratchFolder();
      try {
        const cli = ilacs(['import', publishedPdf, '-o', '-'], { cwd: folder.root });
        expect(cli.status).toBe(0);
        expect(result.text).toBe(cli.stdout);
      } finally {
        folder.remove();
      }
    },
  );

  it('refuses what it cannot convert with a located message, and keeps running', async () => {
    const notPdf = await importDoc('notes.pdf', new TextEncoder().encode('Plain notes saved with the wrong name.'));
    expect(notPdf).toEqual({
      ok: false,
      code: 'not-pdf',
      message: 'Importing notes.pdf: This is not a PDF: it does not start with "%PDF-".',
    });
    const oldWord = await importDoc('minutes.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(oldWord).toMatchObject({ ok: false, message: expect.stringContaining('save it as a Word document (.docx)') });
    expect(await importDoc('notes.txt', new TextEncoder().encode('just text'))).toEqual({
      ok: false,
      message: 'notes.txt is neither a PDF nor a Word document (.docx).',
    });

    const broken = await exportAs('html', '---\nilacs: short-inspection\ndates: [2025-01-01\n---\n# Title\n');
    expect(broken).toMatchObject({ ok: false, code: 'draft-unreadable', line: expect.any(Number), column: expect.any(Number) });
    expect(await exportAs('rtf')).toEqual({ ok: false, message: 'Unknown export format "rtf": expected one of docx, pdf, html.' });
    // Still answering.
    expect(ok(await exportAs('html')).data.length).toBeGreaterThan(0);
  });
});

describe('the conversion handlers in-process', () => {
  it('a server without the conversion code (the browser worker) says where import and export work', async () => {
    for (const result of [
      await importDocument(undefined, { fileName: 'x.pdf', data: '' }),
      await exportDraft(undefined, { uri: 'untitled:1', text: report, format: 'pdf' }),
    ]) {
      expect(result).toEqual({ ok: false, message: expect.stringContaining('VS Code desktop') });
    }
  });

  it('refuses a document over the size limit before decoding or loading anything', async () => {
    let loaded = false;
    const load = async () => {
      loaded = true;
      return import('@ilacs/convert');
    };
    const tooBig = await importDocument(load, { fileName: 'huge.pdf', data: 'A'.repeat(Math.ceil((maxConvertBytes * 4) / 3) + 8) });
    expect(tooBig).toEqual({ ok: false, message: expect.stringMatching(/^huge\.pdf is larger than 32 MB/) });
    expect(loaded).toBe(false);
  });

  it('a conversion code that cannot load, or a fault inside it, is an answer and a log line, not a crash', async () => {
    const logs: string[] = [];
    const missing = await exportDraft(
      async () => Promise.reject(new Error('Cannot find module convert.mjs')),
      { uri: 'untitled:1', text: report, format: 'docx' },
      (m) => logs.push(m),
    );
    expect(missing).toEqual({ ok: false, message: 'The conversion code could not be loaded: Cannot find module convert.mjs.' });
    const convert = await import('@ilacs/convert');
    const faulty = { ...convert, exportDocx: async () => Promise.reject(new TypeError('boom')) } as typeof convert;
    const fault = await exportDraft(
      async () => faulty,
      { uri: 'untitled:1', text: report, format: 'docx' },
      (m) => logs.push(m),
    );
    expect(fault).toEqual({ ok: false, message: "Exporting to DOCX failed: boom. The checker's output has the details." });
    expect(logs).toHaveLength(2);
    expect(logs[1]).toContain('TypeError: boom');
  });
});
