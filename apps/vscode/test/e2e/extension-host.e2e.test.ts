/**
 * API-level tests in the real VS Code extension host (code-server 4.100.3, VS Code 1.100.3): the
 * extension is loaded from this folder (`extensionDevelopmentPath`) with its bundled language server,
 * and test/suite runs inside the extension host against the real `vscode` API. No mocks.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCodeServer, type CodeServer } from './code-server.js';
import { e2eSkipReason } from './prerequisites.js';
import { appDir, createWorkspace } from './fixture-workspace.js';
import { openBrowser, workbenchUrl, type Workbench } from './workbench.js';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

/** The behaviours test/suite/extension.test.ts checks; each must have run and passed. */
const expectedTests = [
  'reports the diagnostics the core finds in a broken draft',
  'stays silent on Markdown that is not a draft',
  'offers the four grades after ": " in a judgement heading',
  'applies a quick fix and the diagnostic goes',
  '"Fix all problems" fixes every fixable problem',
  '"New inspection report draft" creates a draft that lints clean',
  '"Show inspection timeline" opens a webview with the cadence picture',
];

const skip = e2eSkipReason();

describe.skipIf(skip !== undefined)('extension tests in the real VS Code extension host', () => {
  let server: CodeServer | undefined;
  let browser: Workbench | undefined;
  let workspace: string;
  let results: TestResult[] = [];
  let exitCode: unknown;

  beforeAll(async () => {
    expect(existsSync(join(appDir, 'dist/extension.js')), 'build the extension first (pnpm build)').toBe(true);
    const suite = join(appDir, 'out-test/suite/index.js');
    await build({
      entryPoints: [join(appDir, 'test/suite/index.ts')],
      outfile: suite,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['vscode', 'mocha'],
      logLevel: 'warning',
    });
    workspace = createWorkspace();
    const resultsFile = join(workspace, '..', `${workspace.split('/').pop()}-results.json`);
    server = await startCodeServer({ env: { ILACS_E2E_RESULTS: resultsFile } });
    browser = await openBrowser();
    let exited!: (code: unknown) => void;
    const exit = new Promise((resolve) => (exited = resolve));
    await browser.page.exposeFunction('codeAutomationExit', (code: unknown) => exited(code));
    await browser.page.goto(workbenchUrl(server.origin, server.authority, workspace, { extensionDevelopmentPath: appDir, extensionTestsPath: suite }));
    exitCode = await Promise.race([exit, new Promise((resolve) => setTimeout(() => resolve('timeout after 150 s'), 150_000))]);
    if (existsSync(resultsFile)) {
      results = JSON.parse(readFileSync(resultsFile, 'utf8')) as TestResult[];
      rmSync(resultsFile);
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it.each(expectedTests)('%s', (title) => {
    const result = results.find((r) => r.title.endsWith(title));
    const context = result ? '' : `no result; the workbench exited with ${String(exitCode)}.\nPage console:\n${browser?.console.slice(-40).join('\n')}\nServer:\n${server?.log().slice(-3000)}`;
    expect(result, context).toBeDefined();
    expect(result!.error ?? '', 'the extension-host test failed').toBe('');
    expect(result!.state).toBe('passed');
  });

  it('every test in the suite is listed here, and the workbench exits with 0', () => {
    expect(results.map((r) => r.title.replace(/^ILACS extension in VS Code /, '')).sort()).toEqual([...expectedTests].sort());
    expect(exitCode).toBe(0);
  });
});
