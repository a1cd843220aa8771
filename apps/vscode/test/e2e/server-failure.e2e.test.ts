/**
 * When the language server cannot start, the status bar must say that the checker is not running,
 * not show a reassuring count over a draft that nobody checks. A copy of the built extension whose
 * server throws as it loads is run in the real workbench: on the desktop (a Node process) and on the
 * web (a web worker in VS Code's web worker extension host). Screenshots: test-results/.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCodeServer } from './code-server.js';
import { appDir, createWorkspace } from './fixture-workspace.js';
import { e2eSkipReason } from './prerequisites.js';
import { openBrowser, workbenchUrl } from './workbench.js';

const skip = e2eSkipReason();
const artifacts = join(appDir, 'test-results');

/** The built extension, with the server for `host` replaced by one that throws as it loads. */
function extensionWithBrokenServer(host: 'node' | 'web'): string {
  const copy = mkdtempSync(join(tmpdir(), `ilacs-broken-${host}-`));
  for (const part of ['package.json', 'dist', 'snippets', 'walkthrough', 'media'])
    cpSync(join(appDir, part), join(copy, part), { recursive: true });
  writeFileSync(
    join(copy, 'dist', host === 'node' ? 'server.mjs' : 'browser-server.js'),
    "throw new Error('ILACS e2e: a language server that cannot start');\n",
  );
  return copy;
}

describe.skipIf(skip !== undefined)('a language server that cannot start', () => {
  const cleanup: string[] = [];
  afterAll(() => {
    for (const path of cleanup) rmSync(path, { recursive: true, force: true });
  });

  it.each(['node', 'web'] as const)(
    'on the %s host: the status bar says the checker is not running',
    async (host) => {
      const extension = extensionWithBrokenServer(host);
      const workspace = createWorkspace();
      cleanup.push(extension, workspace);
      // On the web host, the browser entry runs in VS Code's web worker extension host, as on vscode.dev.
      const server = await startCodeServer(
        host === 'web' ? { settings: { 'remote.extensionKind': { 'ilacs.ilacs-drafts': ['web'] }, 'extensions.webWorker': true } } : {},
      );
      const browser = await openBrowser();
      try {
        const page = browser.page;
        await page.goto(workbenchUrl(server.origin, server.authority, workspace, { extensionDevelopmentPath: extension }));
        await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'broken.md' }).click({ timeout: 30_000 });
        await page.locator('.monaco-editor .view-lines', { hasText: 'Inspection of Wokingham' }).waitFor({ timeout: 30_000 });
        const item = page.locator('[id="ilacs.ilacs-drafts.ilacs.status"]');
        // A worker that fails to load never answers: the client gives up after 20 s.
        await item.filter({ hasText: 'ILACS not running' }).waitFor({ timeout: 45_000 });
        expect(await item.locator('a.statusbar-item-label').getAttribute('aria-label')).toMatch(
          /^ILACS checker not running\. The ILACS checker is not running: .+ Activate to restart it\.$/,
        );
        mkdirSync(artifacts, { recursive: true });
        await page.screenshot({ path: join(artifacts, `workbench-not-running-${host}.png`) });
      } finally {
        await browser.close();
        await server.stop();
      }
    },
    180_000,
  );
});
