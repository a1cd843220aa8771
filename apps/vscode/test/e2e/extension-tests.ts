/**
 * Runs one of the extension's test suites inside the real VS Code extension host (code-server 4.100.3,
 * VS Code 1.100.3), with the extension loaded from a folder (`extensionDevelopmentPath`) and the suite
 * as `extensionTestsPath`, as @vscode/test-electron does. The Node host (the desktop entry) reports
 * results in a JSON file; the web worker host (the browser entry, `extensionDevelopmentKind: web`)
 * prints them to the page console.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { startCodeServer, type CodeServer } from './code-server.js';
import { appDir } from './fixture-workspace.js';
import { openBrowser, workbenchUrl, type Workbench } from './workbench.js';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export interface ExtensionTestRun {
  results: TestResult[];
  exitCode: unknown;
  /** For failure messages: the end of the page console and of the server log. */
  context(): string;
  close(): Promise<void>;
}

export interface ExtensionTestOptions {
  /** `extension` or `folders` (test/suite, Node host), or `web` (test/web, web worker host). */
  suite: 'extension' | 'folders' | 'web';
  /** A folder, or a `.code-workspace` file for a multi-root workspace. */
  workspace: string;
  extensionPath?: string;
  timeoutMs?: number;
}

export async function runExtensionTests(options: ExtensionTestOptions): Promise<ExtensionTestRun> {
  const web = options.suite === 'web';
  const extensionPath = options.extensionPath ?? appDir;
  if (!existsSync(join(extensionPath, 'dist/extension.js'))) throw new Error('build the extension first (pnpm build)');
  const tests = join(appDir, web ? 'out-test/web/index.js' : 'out-test/suite/index.js');
  await build({
    entryPoints: [join(appDir, web ? 'test/web/index.ts' : 'test/suite/index.ts')],
    outfile: tests,
    bundle: true,
    platform: web ? 'browser' : 'node',
    target: web ? 'es2022' : 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  const resultsFile = `${tests}.${process.pid}.${Date.now()}.json`;
  let server: CodeServer | undefined;
  let browser: Workbench | undefined;
  const close = async () => {
    await browser?.close();
    await server?.stop();
  };
  try {
    server = await startCodeServer({
      env: { ILACS_E2E_RESULTS: resultsFile, ILACS_E2E_SUITE: options.suite },
      // The browser entry in the web worker extension host, as vscode.dev runs it; the tests run where the extension runs.
      ...(web ? { settings: { 'remote.extensionKind': { 'ilacs.ilacs-drafts': ['web'] }, 'extensions.webWorker': true } } : {}),
    });
    browser = await openBrowser();
    let exited!: (code: unknown) => void;
    const exit = new Promise((resolve) => (exited = resolve));
    await browser.page.exposeFunction('codeAutomationExit', (code: unknown) => exited(code));
    const timeoutMs = options.timeoutMs ?? 180_000;
    await browser.page.goto(
      workbenchUrl(server.origin, server.authority, options.workspace, {
        extensionDevelopmentPath: extensionPath,
        extensionTestsPath: tests,
      }),
    );
    const exitCode = await Promise.race([
      exit,
      new Promise((resolve) => setTimeout(() => resolve(`timeout after ${timeoutMs / 1000} s`), timeoutMs)),
    ]);
    let results: TestResult[] = [];
    if (web) {
      const marker = 'ILACS-E2E-RESULT ';
      results = browser.console
        .filter((line) => line.includes(marker))
        .map((line) => JSON.parse(line.slice(line.indexOf(marker) + marker.length)) as TestResult);
    } else if (existsSync(resultsFile)) {
      results = JSON.parse(readFileSync(resultsFile, 'utf8')) as TestResult[];
      rmSync(resultsFile);
    }
    const consoleLines = browser.console;
    const serverLog = server.log();
    return {
      results,
      exitCode,
      context: () =>
        `the workbench exited with ${String(exitCode)}.\nPage console:\n${consoleLines.slice(-40).join('\n')}\nServer:\n${serverLog.slice(-3000)}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
