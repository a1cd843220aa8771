/**
 * UI tests of the packaged extension: the .vsix that `pnpm package` makes is installed into a real
 * VS Code workbench (code-server), a broken draft is opened, and the Problems panel must list the
 * rule's message; the status bar shows the draft's framework and problem count, and reads as plain
 * text to a screen reader; a problem's code opens its rule's doc; the timeline keeps its text
 * readable in a split; changing `ilacs.run` in the Settings UI raises no error. Screenshots are saved
 * as test artifacts in test-results/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '@ilacs/core';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCodeServer, type CodeServer } from './code-server.js';
import { appDir, brokenDraft, createWorkspace } from './fixture-workspace.js';
import { e2eSkipReason } from './prerequisites.js';
import { openBrowser, workbenchUrl, type Workbench } from './workbench.js';

const skip = e2eSkipReason();

/** An element in whichever webview frame shows it (webviews are nested iframes, and several may be open). */
async function inWebview(page: Page, selector: string, hasText: string | undefined, timeoutMs: number): Promise<Locator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const found = frame.locator(selector, hasText ? { hasText } : {});
      if ((await found.count().catch(() => 0)) > 0) return found.first();
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${selector}${hasText ? ` with "${hasText}"` : ''}`);
    await page.waitForTimeout(200);
  }
}
const artifacts = join(appDir, 'test-results');

/** Each entry's stored (compressed) size, from the zip's central directory. */
function zipEntrySizes(path: string): Map<string, number> {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const sizes = new Map<string, number>();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    sizes.set(zip.toString('utf8', at + 46, at + 46 + nameLength), zip.readUInt32LE(at + 20));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return sizes;
}

describe.skipIf(skip !== undefined)('the packaged extension in the VS Code workbench', () => {
  let server: CodeServer | undefined;
  let browser: Workbench | undefined;
  let workspace: string;
  let vsixDir: string;
  let vsix: string;

  beforeAll(async () => {
    vsixDir = mkdtempSync(join(tmpdir(), 'ilacs-vsix-'));
    vsix = join(vsixDir, 'ilacs-drafts.vsix');
    execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: appDir, env: { ...process.env, ILACS_VSIX_PATH: vsix }, stdio: 'pipe' });
    workspace = createWorkspace();
    server = await startCodeServer({ vsix });
    browser = await openBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(vsixDir, { recursive: true, force: true });
  });

  it('packs into a .vsix under 1 MiB, and the conversion code loaded only to import or export under 1.25 MiB more', () => {
    const conversion = zipEntrySizes(vsix).get('extension/dist/convert.mjs');
    expect(conversion).toBeGreaterThan(0);
    expect(statSync(vsix).size - conversion!).toBeLessThan(1024 * 1024);
    expect(conversion).toBeLessThan(1.25 * 1024 * 1024);
  });

  it('lists the rule message in the Problems panel for a broken draft', async () => {
    const page = browser!.page;
    const expected = lintText(brokenDraft()).diagnostics.find((d) => d.ruleId === 'table-heading-grade-match');
    expect(expected, 'the fixture should break table-heading-grade-match').toBeDefined();

    await page.goto(workbenchUrl(server!.origin, server!.authority, workspace));
    await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'broken.md' }).click({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'Inspection of Wokingham' }).waitFor({ timeout: 30_000 });
    await page.locator('#status\\.problems').click();
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: expected!.message });
    await row.first().waitFor({ timeout: 30_000 });
    // The extension's status bar item: the framework of the open draft and its problem count.
    const problems = lintText(brokenDraft()).diagnostics.length;
    await page.getByText(`ILACS 2023 · ${problems}`).waitFor({ timeout: 10_000 });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'workbench-problems.png') });
  }, 120_000);

  it('the status bar item reads as plain text to a screen reader', async () => {
    const page = browser!.page;
    const item = page.locator('[id="ilacs.ilacs-drafts.ilacs.status"] a.statusbar-item-label');
    const label = await item.getAttribute('aria-label');
    expect(label).toMatch(
      /^ILACS draft, Short inspection, ILACS 2023 .*: \d+ problems \(\d+ errors?, \d+ warnings?\)\. Activate to open the Problems panel\.$/,
    );
    expect(label).not.toMatch(/[*`]|\$\(/);
  });

  it('a problem’s code in the Problems panel opens its rule’s doc in the Markdown preview', async () => {
    const page = browser!.page;
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'grade-case' }).first();
    await row.locator('.code-link a.monaco-link, a.monaco-link', { hasText: 'grade-case' }).first().click({ timeout: 10_000 });
    await page.locator('.tabs-container .tab', { hasText: 'grade-case.md' }).waitFor({ timeout: 20_000 });
    // The bundled doc, rendered: its heading and what it says about the rule.
    await inWebview(page, 'h1', 'grade-case', 20_000);
    await page.locator('.tabs-container .tab', { hasText: 'broken.md' }).first().click();
  }, 60_000);

  it('draws the timeline in a webview from the editor title button, readable in a side-by-side split', async () => {
    const page = browser!.page;
    await page.locator('.editor-actions [aria-label="Show inspection timeline"]').click({ timeout: 10_000 });
    // Webviews are two nested iframes; the picture is inline SVG in the inner one. The rule doc's
    // preview beside it is a webview too: find the frame that holds the picture.
    const picture = await inWebview(page, 'svg[role="img"]', undefined, 30_000);
    expect(await picture.getAttribute('aria-label')).toContain('Wokingham');
    // The timeline opens beside the draft: half the window. Its smallest text must stay readable.
    const measured = await picture.evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = Array.from(svg.querySelectorAll('text'))
        .map((t) => Number(t.getAttribute('font-size')))
        .filter((n) => n > 0);
      return { scale, smallestPx: Math.min(...sizes) * scale, columnWidth: document.documentElement.clientWidth };
    });
    expect(measured.columnWidth).toBeLessThan(900);
    // Never shrunk below the size it is drawn at (its smallest text is 11 px); the column scrolls instead.
    expect(measured.scale).toBeGreaterThanOrEqual(0.99);
    expect(measured.smallestPx).toBeGreaterThanOrEqual(10.5);
    await page.screenshot({ path: join(artifacts, 'workbench-timeline.png') });
  }, 60_000);

  it('changing ilacs.run in the Settings UI raises no error, and the draft is still checked', async () => {
    const page = browser!.page;
    await page.keyboard.press('F1');
    await page.keyboard.type('Preferences: Open Settings (UI)');
    await page.keyboard.press('Enter');
    const search = page.locator('.settings-editor .suggest-input-container');
    await search.waitFor({ timeout: 20_000 });
    await page.keyboard.type('ilacs.run');
    const select = page.locator('select[aria-label="ilacs.run"]');
    await select.waitFor({ timeout: 20_000 });
    // onSave, then back to onType: the error came every time.
    for (const index of [1, 0]) {
      await select.selectOption({ index });
      await page.waitForTimeout(2_500);
    }
    await page.screenshot({ path: join(artifacts, 'workbench-settings.png') });
    const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
    expect(toasts.filter((text) => /ILACS|failed|didChangeConfiguration/i.test(text))).toEqual([]);
    await page.locator('.tabs-container .tab', { hasText: 'broken.md' }).first().click();
    await page.locator('[id="ilacs.ilacs-drafts.ilacs.status"]', { hasText: 'ILACS 2023' }).waitFor({ timeout: 20_000 });
  }, 90_000);
});
