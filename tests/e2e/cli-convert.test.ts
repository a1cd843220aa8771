import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ilacs, repoRoot, scratchFolder } from './cli-support.js';

/** ilacs import and ilacs export as a user runs them: the built bundle, a new process each time. */
const fixtures = join(repoRoot, 'packages/convert/test/fixtures');
const publishedPdf = resolve(repoRoot, '../shared/corpus/published/012-harrow-short-inspection.pdf');
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

// Each run starts a process that loads pdf.js or docx: seconds each on a busy 2-core machine.
describe.skipIf(!existsSync(cliPath))('ilacs import and ilacs export', { timeout: 240_000 }, () => {
  const folder = scratchFolder();
  const report = readFileSync(join(fixtures, 'report.md'), 'utf8');
  beforeAll(() => {
    folder.write('report.md', report);
    folder.write('letter.md', readFileSync(join(fixtures, 'letter.md'), 'utf8'));
  });
  afterAll(() => folder.remove());

  it('exports a draft to Word, PDF and HTML beside it', () => {
    for (const [format, magic] of [
      ['docx', 'PK'],
      ['pdf', '%PDF-'],
      ['html', '<!doctype html>'],
    ] as const) {
      const run = ilacs(['export', 'report.md', '--to', format], { cwd: folder.root });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`Wrote report.${format}\n`);
      expect(readFileSync(join(folder.root, `report.${format}`), 'latin1').startsWith(magic)).toBe(true);
    }
  });

  it('never overwrites a file unless asked with --force', () => {
    const before = statSync(join(folder.root, 'report.docx')).mtimeMs;
    const refused = ilacs(['export', 'report.md', '--to', 'docx'], { cwd: folder.root });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('ilacs export: report.docx already exists: it was not overwritten (--force replaces it).\n');
    expect(statSync(join(folder.root, 'report.docx')).mtimeMs).toBe(before);
    const forced = ilacs(['export', 'report.md', '--to', 'docx', '--force'], { cwd: folder.root });
    expect(forced.status).toBe(0);
    const importRefused = ilacs(['import', 'report.docx', '-o', 'report.md'], { cwd: folder.root });
    expect(importRefused.status).toBe(2);
    expect(readFileSync(join(folder.root, 'report.md'), 'utf8')).toBe(report);
  });

  it('imports the Word document it exported back to the same draft, and the PDF to the same body', () => {
    const word = ilacs(['import', 'report.docx', '-o', 'from-word.md'], { cwd: folder.root });
    expect(word.status).toBe(0);
    expect(readFileSync(join(folder.root, 'from-word.md'), 'utf8')).toBe(report);
    const pdf = ilacs(['import', 'report.pdf', '-o', '-'], { cwd: folder.root });
    expect(pdf.status).toBe(0);
    expect(body(pdf.stdout)).toBe(body(report));
    // What the author must fill in is said on stderr, located in the draft.
    expect(pdf.stderr).toMatch(/^<stdout>:\d+: warning: "previous" is left for you/m);
  });

  it('prints HTML with -o -, and refuses it for binary formats', () => {
    const html = ilacs(['export', 'letter.md', '--to', 'html', '-o', '-'], { cwd: folder.root });
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('<p class="ilacs-letter-date">10 July 2024</p>');
    const pdf = ilacs(['export', 'letter.md', '--to', 'pdf', '-o', '-'], { cwd: folder.root });
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('A pdf file is binary');
  });

  it('gives bad input a located error and exit code 2', () => {
    folder.write('notes.pdf', 'Plain notes saved with the wrong name.');
    const notPdf = ilacs(['import', 'notes.pdf', '-o', '-'], { cwd: folder.root });
    expect(notPdf.status).toBe(2);
    expect(notPdf.stderr).toBe('ilacs import: notes.pdf: This is not a PDF: it does not start with "%PDF-".\n');
    folder.write('broken.md', '---\nilacs: short-inspection\ndates: [2025-01-01\n---\n# Title\n');
    const broken = ilacs(['export', 'broken.md', '--to', 'html', '-o', '-'], { cwd: folder.root });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.md:\d+:\d+: error: The draft cannot be read: /);
    const unknown = ilacs(['export', 'report.md', '--to', 'rtf'], { cwd: folder.root });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown format "rtf": expected one of: docx, pdf, html.');
    const missing = ilacs(['import', 'nowhere.pdf'], { cwd: folder.root });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read "nowhere.pdf" (ENOENT)');
  });

  it.skipIf(!existsSync(publishedPdf))('imports one of Ofsted’s published reports into a draft that lints with no errors', () => {
    const run = ilacs(['import', publishedPdf, '-o', 'harrow.md'], { cwd: folder.root });
    expect(run.status).toBe(0);
    const lint = ilacs(['lint', 'harrow.md', '-f', 'json'], { cwd: folder.root });
    const [result] = JSON.parse(lint.stdout) as { errorCount: number }[];
    expect(result!.errorCount).toBe(0);
  });

  it('lints without the conversion bundle at all: it is loaded only by import and export', () => {
    const alone = scratchFolder({ 'report.md': report });
    try {
      copyFileSync(cliPath, join(alone.root, 'ilacs.js'));
      const lint = spawnSync(process.execPath, [join(alone.root, 'ilacs.js'), 'lint', 'report.md'], { cwd: alone.root, encoding: 'utf8' });
      expect(lint.status).toBe(0);
      const exported = spawnSync(process.execPath, [join(alone.root, 'ilacs.js'), 'export', 'report.md', '--to', 'html'], {
        cwd: alone.root,
        encoding: 'utf8',
      });
      expect(exported.status).toBe(2);
      expect(exported.stderr).toBe('ilacs export: the conversion code (ilacs-convert.js, beside ilacs.js) is missing: rebuild the CLI.\n');
    } finally {
      alone.remove();
    }
  });
});
