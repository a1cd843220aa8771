import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient, repoRoot } from './lsp-support.js';

/**
 * Security properties a report author's organisation can rely on: configuration is data and is never
 * executed, and neither the CLI nor the language server ever reaches for the network.
 */
const work = mkdtempSync(join(tmpdir(), 'ilacs-security-'));
const cli = join(repoRoot, 'packages/cli/dist/ilacs.js');
const noNetwork = join(repoRoot, 'tests/e2e/support/no-network.mjs');
const networkLog = join(work, 'network.log');
const draft = readFileSync(join(repoRoot, 'examples/short-inspection-mistakes.md'), 'utf8');
const corpus = join(repoRoot, '../shared/corpus/drafts');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ilacs(args: string[], cwd = work) {
  return spawnSync(process.execPath, ['--import', noNetwork, cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ILACS_NETWORK_LOG: networkLog, NO_COLOR: '1' },
  });
}

const attempts = () => (existsSync(networkLog) ? readFileSync(networkLog, 'utf8').trim().split('\n').filter(Boolean) : []);

describe('configuration is data, never code', () => {
  it('ignores a JavaScript configuration file, even one that would write a file if run', () => {
    const folder = mkdtempSync(join(work, 'js-config-'));
    const marker = join(folder, 'executed');
    writeFileSync(
      join(folder, '.ilacsrc.js'),
      `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { rules: { 'grade-case': 'off' } };`,
    );
    writeFileSync(join(folder, '.ilacsrc.cjs'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');`);
    writeFileSync(join(folder, 'draft.md'), draft);
    const run = ilacs(['lint', '--format', 'json', 'draft.md'], folder);
    expect(existsSync(marker)).toBe(false);
    expect(run.status).toBe(1);
    // The JS file's "grade-case: off" was not applied either: only .ilacsrc.json/.yaml/.yml are read.
    expect(JSON.parse(run.stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'grade-case')).toBe(true);
  });

  it('does not evaluate YAML tags that other parsers turn into code', () => {
    const folder = mkdtempSync(join(work, 'yaml-tags-'));
    writeFileSync(
      join(folder, '.ilacsrc.yaml'),
      'rules: !!js/function \'function () { require("fs").writeFileSync("executed", "ran") }\'\n',
    );
    writeFileSync(join(folder, 'draft.md'), draft);
    const run = ilacs(['lint', 'draft.md'], folder);
    expect(existsSync(join(folder, 'executed'))).toBe(false);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.ilacsrc\.yaml:\d+:\d+/);
  });
});

describe('nothing reaches for the network', () => {
  it('the preload really refuses network access (the check can fail)', () => {
    const probe = spawnSync(process.execPath, ['--import', noNetwork, '-e', "require('node:http').get('http://127.0.0.1:9/')"], {
      encoding: 'utf8',
      env: { ...process.env, ILACS_NETWORK_LOG: join(work, 'probe.log') },
    });
    expect(probe.status).not.toBe(0);
    expect(readFileSync(join(work, 'probe.log'), 'utf8')).toContain('node:http.request');
  });

  it('the CLI lints, fixes and draws timelines without a network attempt', () => {
    writeFileSync(join(work, 'draft.md'), draft);
    ilacs(['lint', existsSync(corpus) ? corpus : join(repoRoot, 'examples')]);
    ilacs(['lint', '--fix', 'draft.md']);
    ilacs(['cadence', '--format', 'svg', join(repoRoot, 'examples/short-inspection-clean.md')]);
    ilacs(['new', 'focused-visit', '--la', 'Leeds', '--start', '2025-07-15', join(work, 'new.md')]);
    expect(attempts()).toEqual([]);
  });

  it('the language server serves a whole session over stdio without a network attempt', async () => {
    const client = await LspClient.start({
      workspaceFolders: [work],
      nodeArgs: ['--import', noNetwork],
      env: { ILACS_NETWORK_LOG: networkLog },
    });
    const uri = client.open(join(work, 'draft.md'), draft);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.length).toBeGreaterThan(0);
    await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 17 } });
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 16, character: 10 } });
    await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    await client.stop();
    expect(attempts()).toEqual([]);
  }, 60_000);
});
