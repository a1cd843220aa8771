/**
 * Runs inside VS Code's real extension host (loaded through `extensionTestsPath`). Mocha runs the
 * suite named by ILACS_E2E_SUITE (`extension`, the default, or `folders`); each result is written to
 * the JSON file named by ILACS_E2E_RESULTS (the extension host inherits code-server's environment),
 * and the returned promise decides the workbench's exit code.
 */
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const suite = process.env.ILACS_E2E_SUITE ?? 'extension';
  mocha.suite.emit('pre-require', globalThis, `${suite}.test`, mocha);
  // Required after pre-require has put describe/it on the global object; the e2e test names the suite.
  if (suite === 'folders') require('./folders.test');
  else require('./extension.test');
  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (process.env.ILACS_E2E_RESULTS) writeFileSync(process.env.ILACS_E2E_RESULTS, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('fail', (test, error: Error) =>
      results.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? error.message }),
    );
  });
}
