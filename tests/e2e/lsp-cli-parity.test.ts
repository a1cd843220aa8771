import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { cliPath, corpusDrafts, LspClient, repoRoot } from './lsp-support.js';

/**
 * The CLI and the language server must report the same problems for the same files and
 * configuration: the corpus, the examples, and a folder with its own configuration and broken drafts.
 */

interface CliMessage {
  ruleId: string;
  severity: number;
  level?: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const cliSeverity = (m: CliMessage) => (m.severity === 2 ? 'error' : m.level === 'info' ? 'info' : 'warning');
const lspSeverity = (d: Diagnostic) => (d.severity === 1 ? 'error' : d.severity === 3 ? 'info' : 'warning');

function lintWithCli(paths: string[]): Map<string, string[]> {
  const run = spawnSync(process.execPath, [cliPath, 'lint', '--format', 'json', ...paths], { encoding: 'utf8', cwd: repoRoot });
  expect(run.status, run.stderr).not.toBe(2);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: CliMessage[] }[];
  return new Map(
    results.map((r) => [
      r.filePath,
      r.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${cliSeverity(m)} ${m.ruleId} ${m.message}`).sort(),
    ]),
  );
}

async function lintWithServer(files: string[]): Promise<Map<string, string[]>> {
  const client = await LspClient.start({ workspaceFolders: [repoRoot] });
  try {
    const results = new Map<string, string[]>();
    for (const file of files) {
      const diagnostics = await client.diagnostics(client.open(file));
      const r = (d: Diagnostic) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`;
      results.set(file, diagnostics.map((d) => `${r(d)} ${lspSeverity(d)} ${String(d.code)} ${d.message}`).sort());
    }
    return results;
  } finally {
    await client.stop();
  }
}

let configured: string;
beforeAll(() => {
  configured = mkdtempSync(join(tmpdir(), 'ilacs-parity-'));
  const harrow = readFileSync(join(corpusDrafts, '012-harrow-short-inspection.md'), 'utf8');
  writeFileSync(
    join(configured, '.ilacsrc.yaml'),
    'rules:\n  cadence-inspection-window: off\n  style-acronym-first-use: error\n  paragraph-numbering: info\n',
  );
  writeFileSync(
    join(configured, 'renumbered.md'),
    harrow.replace('\n2. ', '\n5. ').replace('His Majesty’s Inspector', 'Her Majesty’s Inspector'),
  );
  writeFileSync(
    join(configured, 'broken-front-matter.md'),
    harrow
      .replace('dates: 2025-01-20 to 2025-01-24', 'dates: 2025-01-20 until Friday')
      .replace('ilacs: short-inspection', 'ilacs: short-inspection\nfocus: [front door'),
  );
  cpSync(join(corpusDrafts, '009-leeds-standard-inspection.md'), join(configured, 'leeds.md'));
});
afterAll(() => rmSync(configured, { recursive: true, force: true }));

const markdownIn = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(folder, f))
    : [];

test.skipIf(!existsSync(corpusDrafts))(
  'the corpus and the examples: identical diagnostics from the CLI and the server',
  { timeout: 120_000 },
  async () => {
    const files = [...markdownIn(corpusDrafts), ...markdownIn(join(repoRoot, 'examples'))];
    const cli = lintWithCli(files);
    const server = await lintWithServer(files);
    // The CLI lists drafts only; the server publishes nothing for other Markdown.
    for (const file of files) expect(server.get(file), file).toEqual(cli.get(file) ?? []);
    expect(cli.size).toBeGreaterThanOrEqual(16);
  },
);

test.skipIf(!existsSync(corpusDrafts))(
  'a folder with its own configuration and broken drafts: identical diagnostics',
  { timeout: 120_000 },
  async () => {
    const files = markdownIn(configured);
    const cli = lintWithCli(files);
    const server = await lintWithServer(files);
    for (const file of files) expect(server.get(file), file).toEqual(cli.get(file));
    expect([...cli.values()].flat().some((line) => line.includes(' info paragraph-numbering '))).toBe(true);
    expect([...cli.values()].flat().some((line) => line.includes('cadence-inspection-window'))).toBe(false);
  },
);
