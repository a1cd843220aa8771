/**
 * Debian's Chromium, headless, driven by playwright-core (no browser download), with a fresh profile
 * and its own HOME so it writes nothing into the real one.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The Debian wrapper script at /usr/bin/chromium prints a harmless shell error; the binary does not. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
 * Loads the workbench on a folder or a `.code-workspace`. With `tests`, the extension at
 * `extensionDevelopmentPath` is loaded from source (in the web worker host with `extensionDevelopmentKind:
 * web`) and the test module, if any, runs in the real extension host, as @vscode/test-electron does;
 * VS Code reports the result through `window.codeAutomationExit`.
 */
export function workbenchUrl(
  origin: string,
  authority: string,
  folder: string,
  tests?: { extensionDevelopmentPath: string; extensionTestsPath?: string; extensionDevelopmentKind?: 'web' },
): string {
  const url = new URL(origin);
  // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
  url.searchParams.set(folder.endsWith('.code-workspace') ? 'workspace' : 'folder', folder);
  if (tests) {
    const remote = (path: string) => `vscode-remote://${authority}${path}`;
    const payload: [string, string][] = [['extensionDevelopmentPath', remote(tests.extensionDevelopmentPath)]];
    if (tests.extensionTestsPath) payload.push(['extensionTestsPath', remote(tests.extensionTestsPath)]);
    // The browser entry in the web worker extension host, as on vscode.dev.
    if (tests.extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', tests.extensionDevelopmentKind]);
    url.searchParams.set('payload', JSON.stringify(payload));
  }
  return url.toString();
}
