/**
 * API-level tests in the real VS Code extension host (code-server 4.100.3, VS Code 1.100.3): the
 * extension is loaded from this folder with its bundled language server, and test/suite runs inside
 * the extension host against the real `vscode` API. No mocks.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtensionTests, type ExtensionTestRun } from './extension-tests.js';
import { createWorkspace } from './fixture-workspace.js';
import { e2eSkipReason } from './prerequisites.js';

/** The behaviours test/suite/extension.test.ts checks; each must have run and passed. */
const expectedTests = [
  'reports the diagnostics the core finds in a broken draft',
  'stays silent on Markdown that is not a draft',
  'offers the four grades after ": " in a judgement heading',
  'applies a quick fix and the diagnostic goes',
  '"Fix all problems" fixes every fixable problem',
  '"New inspection report draft" creates a draft that lints clean',
  '"Export draft" writes a Word document that "Import" opens as the same draft, under a name no file has',
  '"Import" of a PDF shows what the author must fill in on its line, and the server lints the new draft',
  'the Markdown preview lays a draft out as Ofsted publishes it, and leaves other Markdown alone',
  '"Show inspection timeline" opens a webview with the cadence picture',
  'the status bar shows what the server reports, with a plain-text screen-reader label',
  'a problem’s code opens its rule’s doc in the Markdown preview',
  'completion does not open by itself on a space in the middle of a value',
  '"ilacs.run": "onSave" takes effect at once, without restarting the server',
  '"Open the configuration file" creates .ilacsrc.json, and what is saved in it applies to open drafts',
  '"Lint the workspace" lists the problems of drafts that are not open, through the $ilacs problem matcher',
];

const skip = e2eSkipReason();

describe.skipIf(skip !== undefined)('extension tests in the real VS Code extension host', () => {
  let workspace: string;
  let run: ExtensionTestRun | undefined;

  beforeAll(async () => {
    workspace = createWorkspace();
    run = await runExtensionTests({ suite: 'extension', workspace });
  }, 300_000);

  afterAll(async () => {
    await run?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it.each(expectedTests)('%s', (title) => {
    const result = run!.results.find((r) => r.title.endsWith(title));
    expect(result, result ? '' : `no result; ${run!.context()}`).toBeDefined();
    expect(result!.error ?? '', 'the extension-host test failed').toBe('');
    expect(result!.state).toBe('passed');
  });

  it('every test in the suite is listed here, and the workbench exits with 0', () => {
    expect(run!.results.map((r) => r.title.replace(/^ILACS extension in VS Code /, '')).sort()).toEqual([...expectedTests].sort());
    expect(run!.exitCode).toBe(0);
  });
});
