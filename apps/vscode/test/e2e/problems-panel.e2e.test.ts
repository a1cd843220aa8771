/**
 * UI smoke test of the packaged extension: the .vsix that `pnpm package` makes is installed into a
 * real VS Code workbench (code-server), a broken draft is opened, and the Problems panel must list
 * the rule's message; the status bar shows the draft's framework and problem count. A screenshot of
 * the workbench is saved as a test artifact (test-results/workbench-problems.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '@ilacs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCodeServer, type CodeServer } from './code-server.js';
import { appDir, brokenDraft, createWorkspace } from './fixture-workspace.js';
import { e2eSkipReason } from './prerequisites.js';
import { openBrowser, workbenchUrl, type Workbench } from './workbench.js';

const skip = e2eSkipReason();
const artifacts = join(appDir, 'test-results');

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

  it('packs into a .vsix under 1 MB', () => {
    expect(statSync(vsix).size).toBeLessThan(1024 * 1024);
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

  it('draws the timeline in a webview from the editor title button', async () => {
    const page = browser!.page;
    await page.locator('.editor-actions [aria-label="Show inspection timeline"]').click({ timeout: 10_000 });
    // Webviews are two nested iframes; the picture is inline SVG in the inner one.
    const picture = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('svg[role="img"]');
    await picture.waitFor({ timeout: 30_000 });
    expect(await picture.getAttribute('aria-label')).toContain('Wokingham');
    await page.screenshot({ path: join(artifacts, 'workbench-timeline.png') });
  }, 60_000);
});
