/**
 * The web extension as vscode.dev runs it: the browser entry in VS Code's web worker extension host,
 * the language server in a web worker, the workspace's `.ilacsrc.json` sent by the client because the
 * worker cannot read files. test/web/web.test.ts runs inside the web worker host.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceConfig } from '../web/workspace-config.js';
import { runExtensionTests, type ExtensionTestRun } from './extension-tests.js';
import { createWorkspace } from './fixture-workspace.js';
import { e2eSkipReason } from './prerequisites.js';

const expectedTests = [
  'runs the browser entry, with the server in a web worker',
  'applies the workspace’s .ilacsrc.json, which the worker cannot read itself',
  'sends a changed configuration file again, and open drafts are checked with it',
  'shows the status the server reports in the status bar',
  'draws the timeline and starts a new draft through the worker',
];

const skip = e2eSkipReason();

describe.skipIf(skip !== undefined)('the web extension in the web worker extension host', () => {
  let workspace: string;
  let run: ExtensionTestRun | undefined;

  beforeAll(async () => {
    workspace = createWorkspace();
    writeFileSync(join(workspace, '.ilacsrc.json'), JSON.stringify(workspaceConfig));
    run = await runExtensionTests({ suite: 'web', workspace });
  }, 300_000);

  afterAll(async () => {
    await run?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it.each(expectedTests)('%s', (title) => {
    const result = run!.results.find((r) => r.title === title);
    expect(result, result ? '' : `no result; ${run!.context()}`).toBeDefined();
    expect(result!.error ?? '').toBe('');
  });

  it('the workbench exits with 0', () => {
    if (run!.exitCode !== 0) console.log(run!.context());
    expect(run!.results.map((r) => r.title)).toEqual(expectedTests);
    expect(run!.exitCode).toBe(0);
  });
});
