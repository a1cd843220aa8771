/**
 * Per-folder settings in a real multi-root workspace: the workspace file turns ILACS off, one folder
 * turns it back on with `ilacs.run: onSave`, the other inherits the off. test/suite/folders.test.ts runs
 * inside the extension host.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtensionTests, type ExtensionTestRun } from './extension-tests.js';
import { brokenDraft } from './fixture-workspace.js';
import { e2eSkipReason } from './prerequisites.js';

const expectedTests = [
  'the settings differ by folder as the fixture says',
  'checks drafts in the folder that enables ILACS, though the workspace does not',
  'leaves drafts in the folder that disables ILACS alone, and shows no status for them',
  'checks on save only where the folder says "onSave"',
  'offers the lint task only for the folder that checks drafts',
];

function createMultiRootWorkspace(): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'ilacs-vscode-folders-'));
  for (const name of ['on', 'off']) {
    mkdirSync(join(root, name, '.vscode'), { recursive: true });
    writeFileSync(join(root, name, 'draft.md'), brokenDraft());
  }
  writeFileSync(join(root, 'on', '.vscode', 'settings.json'), JSON.stringify({ 'ilacs.enable': true, 'ilacs.run': 'onSave' }));
  const file = join(root, 'drafts.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: [{ path: 'off' }, { path: 'on' }], settings: { 'ilacs.enable': false } }));
  return { root, file };
}

const skip = e2eSkipReason();

describe.skipIf(skip !== undefined)('settings per workspace folder, in the real VS Code extension host', () => {
  let workspace: { root: string; file: string } | undefined;
  let run: ExtensionTestRun | undefined;

  beforeAll(async () => {
    workspace = createMultiRootWorkspace();
    run = await runExtensionTests({ suite: 'folders', workspace: workspace.file });
  }, 300_000);

  afterAll(async () => {
    await run?.close();
    if (workspace) rmSync(workspace.root, { recursive: true, force: true });
  });

  it.each(expectedTests)('%s', (title) => {
    const result = run!.results.find((r) => r.title.endsWith(title));
    expect(result, result ? '' : `no result; ${run!.context()}`).toBeDefined();
    expect(result!.error ?? '').toBe('');
  });

  it('the workbench exits with 0', () => {
    expect(run!.results).toHaveLength(expectedTests.length);
    expect(run!.exitCode).toBe(0);
  });
});
