/**
 * Runs inside VS Code's web worker extension host (the extension's browser entry, as on vscode.dev),
 * where there is no file system to write results to and no Mocha: each test's result is printed as one
 * `ILACS-E2E-RESULT {json}` console line, which the page's console carries to the e2e test, and the
 * returned promise decides the workbench's exit code.
 */
import { tests } from './web.test.js';

export async function run(): Promise<void> {
  let failures = 0;
  for (const [title, test] of tests) {
    const started = Date.now();
    try {
      await test();
      console.log(`ILACS-E2E-RESULT ${JSON.stringify({ title, state: 'passed', durationMs: Date.now() - started })}`);
    } catch (error) {
      failures++;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`ILACS-E2E-RESULT ${JSON.stringify({ title, state: 'failed', durationMs: Date.now() - started, error: message })}`);
    }
  }
  if (failures > 0) throw new Error(`${failures} web extension test(s) failed`);
}
