/**
 * Debian's Chromium, headless, driven by playwright-core (no browser download), with a fresh profile
 * and its own HOME so it writes nothing into the real one.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The Debian wrapper script at /usr/bin/chromium prints a harmless shell error; the binary does not. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export interface Workbench {
  page: Page;
  /** Console lines from the page, including the extension host's, for failure messages. */
  console: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1400, height: 860 }): Promise<Workbench> {
  const dir = mkdtempSync(join(tmpdir(), 'ilacs-chromium-'));
  mkdirSync(join(dir, 'home'));
  const context: BrowserContext = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    env: { ...process.env, HOME: join(dir, 'home') } as Record<string, string>,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  return {
    page,
    console: lines,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Loads the workbench on a folder. With `tests`, the extension at `extensionDevelopmentPath` is loaded
 * from source and the test module runs in the real extension host, as @vscode/test-electron does;
 * VS Code reports the result through `window.codeAutomationExit`.
 */
export function workbenchUrl(origin: string, authority: string, folder: string, tests?: { extensionDevelopmentPath: string; extensionTestsPath: string }): string {
  const url = new URL(origin);
  url.searchParams.set('folder', folder);
  if (tests) {
    const remote = (path: string) => `vscode-remote://${authority}${path}`;
    url.searchParams.set('payload', JSON.stringify([['extensionDevelopmentPath', remote(tests.extensionDevelopmentPath)], ['extensionTestsPath', remote(tests.extensionTestsPath)]]));
  }
  return url.toString();
}
