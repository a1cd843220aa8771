import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lintText } from '@ilacs/core';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from '../../packages/language-server/node_modules/vscode-languageserver/lib/node/main.js';
import { BrowserHost } from '../../packages/language-server/src/browser-host.js';
import type { DraftSkeletonResult, DraftStatus, NewDraftChoices, TimelineResult } from '../../packages/language-server/src/protocol.js';
import { startServer } from '../../packages/language-server/src/server.js';
import { corpusDrafts, LspClient, positionOf, uriOf } from './lsp-support.js';

/**
 * The ILACS additions to the protocol that the thin VS Code client relies on (status, timeline, new
 * draft, configuration files for the browser host), and defects found in real editors, against the
 * real built server over stdio (and, for the browser host, the same server code in-process).
 */

const harrow = readFileSync(join(corpusDrafts, '012-harrow-short-inspection.md'), 'utf8');

let client: LspClient;
let folder: string;
const statuses: DraftStatus[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ilacs-lsp-editor-'));
  client = await LspClient.start({ workspaceFolders: [folder] });
  client.connection.onNotification('ilacs/draftStatus', (status: DraftStatus) => statuses.push(status));
});
afterAll(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

function draftIn(name: string, text: string): { path: string; uri: string; text: string } {
  const path = join(folder, name);
  writeFileSync(path, text);
  return { path, uri: client.open(path, text), text };
}

async function statusOf(uri: string, version = 1): Promise<DraftStatus> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const status = statuses.findLast((s) => s.uri === uri && s.version === version);
    if (status) return status;
    if (Date.now() > deadline) throw new Error(`no ilacs/draftStatus for ${uri} version ${version}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('ilacs/draftStatus', () => {
  test('comes with each document’s diagnostics: draft or not, type, framework and counts that match them', async () => {
    const text = harrow.replace('\n2. ', '\n3. ').replace('| Good |', '| good |');
    const { uri } = draftIn('status.md', text);
    const diagnostics = await client.diagnostics(uri);
    const status = await statusOf(uri);
    const count = (severity: number) => diagnostics.filter((d) => d.severity === severity).length;
    expect(status).toMatchObject({ isDraft: true, ignored: false, documentType: { id: 'short-inspection' }, framework: { id: '2023' } });
    expect(status.framework!.name).toMatch(/^ILACS 2023/);
    expect([status.errors, status.warnings, status.infos]).toEqual([count(1), count(2), count(3) + count(4)]);
    expect(status.errors).toBeGreaterThan(0);

    const plain = draftIn('plain.md', '# Notes\n\nNothing to check.\n');
    await client.diagnostics(plain.uri);
    expect(await statusOf(plain.uri)).toMatchObject({ isDraft: false, errors: 0, warnings: 0 });
  });

  test('is sent for pulled diagnostics too', async () => {
    const puller = await LspClient.start({
      workspaceFolders: [folder],
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    const pulled: DraftStatus[] = [];
    puller.connection.onNotification('ilacs/draftStatus', (status: DraftStatus) => pulled.push(status));
    try {
      const uri = puller.open(join(folder, 'pulled.md'), harrow, uriOf(join(folder, 'pulled.md')));
      const report = (await puller.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
      await new Promise((r) => setTimeout(r, 100));
      expect(pulled.at(-1)).toMatchObject({ uri, isDraft: true, errors: report.items.filter((d) => d.severity === 1).length });
    } finally {
      await puller.stop();
    }
  });
});

describe('ilacs/timeline', () => {
  const timeline = (params: unknown) => client.connection.sendRequest('ilacs/timeline', params) as Promise<TimelineResult>;

  test('draws the draft’s previous inspection and the inspection being written, at a width that keeps text at its size', async () => {
    const { uri } = draftIn('timeline.md', harrow);
    await client.diagnostics(uri);
    const result = await timeline({ uri });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.authority).toBe('Harrow');
    expect(result.events).toBe(2);
    expect(result.svg).toMatch(new RegExp(`^<svg[^>]* width="${result.width}"`));
    expect(result.svg).toContain('Harrow');
  });

  test('adds the events of a history file in YAML or CSV, and locates a file it cannot read', async () => {
    const { uri } = draftIn('timeline-history.md', harrow);
    const csv = 'type,dates,overall_effectiveness\nstandard-inspection,2016-05-09 to 2016-05-20,requires improvement to be good\n';
    const fromCsv = await timeline({ uri, historyFile: { name: 'harrow.csv', text: csv } });
    expect(fromCsv).toMatchObject({ ok: true, events: 3 });
    const yaml =
      'authority: Harrow\nevents:\n  - type: standard-inspection\n    dates: 2016-05-09 to 2016-05-20\n    overall_effectiveness: requires improvement to be good\n';
    expect(await timeline({ uri, historyFile: { name: 'harrow.yaml', text: yaml } })).toMatchObject({ ok: true, events: 3 });
    const broken = await timeline({ uri, historyFile: { name: 'harrow.csv', text: 'type,dates\nstandard-inspection,someday\n' } });
    expect(broken).toMatchObject({ ok: true, events: 2, historyProblem: { line: 2 } });
  });

  test('says why for Markdown that is not a draft and for a document the server was not sent', async () => {
    const plain = draftIn('timeline-plain.md', '# Notes\n');
    expect(await timeline({ uri: plain.uri })).toMatchObject({ ok: false, message: expect.stringContaining('not an ILACS draft') });
    expect(await timeline({ uri: uriOf(join(folder, 'never-opened.md')) })).toMatchObject({ ok: false });
  });
});

describe('new draft', () => {
  test('offers every document type with a suggested first day, and the 153 authorities', async () => {
    const choices = (await client.connection.sendRequest('ilacs/newDraftChoices')) as NewDraftChoices;
    expect(choices.types.map((t) => t.id)).toEqual([
      'short-inspection',
      'standard-inspection',
      'focused-visit',
      'monitoring-visit',
      'self-evaluation',
    ]);
    for (const type of choices.types) expect(type.suggestedStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(choices.authorities).toHaveLength(153);
    expect(choices.authorities.find((a) => a.name === 'Kingston upon Hull')?.aliases).toContain('Hull');
  });

  test('writes the skeleton `ilacs new` writes, which lints without errors; refuses what it cannot write', async () => {
    const skeleton = (params: unknown) => client.connection.sendRequest('ilacs/draftSkeleton', params) as Promise<DraftSkeletonResult>;
    const made = await skeleton({ type: 'short-inspection', authority: 'Hull', start: '2025-01-20' });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.text).toMatch(/^---\nilacs: short-inspection\nlocal_authority: Kingston upon Hull\ndates: 2025-01-20 to 2025-01-24\n/);
    expect(lintText(made.text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(await skeleton({ type: 'short-inspection', authority: 'Atlantis', start: '2025-01-20' })).toEqual({
      ok: false,
      message: 'Unknown local authority "Atlantis".',
    });
    expect(await skeleton({ type: 'short-inspection', authority: 'Hull', start: '2025-02-30' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a date'),
    });
    expect(await skeleton({ type: 'annual-review', authority: 'Hull', start: '2025-01-20' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Unknown document type'),
    });
  });
});

describe('defects found in real editors', () => {
  test('an unknown diagnosticMode falls back to the default, says so, and edits are linted', async () => {
    const odd = await LspClient.start({ workspaceFolders: [folder], initializationOptions: { diagnosticMode: 'sometimes' } });
    try {
      const uri = odd.open(join(folder, 'odd-mode.md'), harrow.replace('\n2. ', '\n3. '), uriOf(join(folder, 'odd-mode.md')));
      const diagnostics = await odd.diagnostics(uri);
      expect(diagnostics.some((d) => d.code === 'paragraph-numbering')).toBe(true);
      const version = odd.change(uri, harrow);
      expect((await odd.diagnostics(uri, (p) => p.version === version)).some((d) => d.code === 'paragraph-numbering')).toBe(false);
      expect(odd.logs.some((line) => line.includes('Unknown diagnosticMode "sometimes"'))).toBe(true);
    } finally {
      await odd.stop();
    }
  });

  test('"pull" from a client that cannot pull is published instead', async () => {
    const odd = await LspClient.start({ workspaceFolders: [folder], initializationOptions: { diagnosticMode: 'pull' } });
    try {
      const uri = odd.open(join(folder, 'pull-cannot.md'), harrow.replace('\n2. ', '\n3. '), uriOf(join(folder, 'pull-cannot.md')));
      expect((await odd.diagnostics(uri)).some((d) => d.code === 'paragraph-numbering')).toBe(true);
    } finally {
      await odd.stop();
    }
  });

  test('completion does not open by itself on "-" or on a space inside a value, and does after "key: "', async () => {
    const text = harrow
      .replace('overall_effectiveness: good', 'overall_effectiveness: requires improvement')
      .replace(/lead_inspector: .*/, 'lead_inspector: ');
    const { uri } = draftIn('triggers.md', text);
    await client.diagnostics(uri);
    const complete = (needle: string, delta: number, triggerCharacter?: string) =>
      client.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position: positionOf(text, needle, delta),
        ...(triggerCharacter ? { context: { triggerKind: 2, triggerCharacter } } : { context: { triggerKind: 1 } }),
      }) as Promise<CompletionItem[]>;
    const midValue = 'overall_effectiveness: requires ';
    expect(await complete(midValue, midValue.length, ' ')).toEqual([]);
    // Asked for (Ctrl+Space), the same place answers.
    expect((await complete(midValue, midValue.length)).map((i) => i.label)).toContain('requires improvement to be good');
    expect(await complete('dates: 2025-', 'dates: 2025-'.length, '-')).toEqual([]);
    const inspector = await complete('lead_inspector: ', 'lead_inspector: '.length, ' ');
    expect(inspector.map((i) => i.label)).toEqual([
      expect.stringMatching(/^Name, His Majesty’s Inspector$|^Name, His Majesty's Inspector$/),
    ]);
  });

  test('the server does not advertise "-" as a completion trigger', () => {
    const triggers = client.initializeResult?.capabilities.completionProvider?.triggerCharacters;
    expect(triggers).toContain(':');
    expect(triggers).not.toContain('-');
  });

  test('a misspelt front-matter key gets "did you mean" and a quick fix to the known key', async () => {
    const text = harrow.replace('lead_inspector:', 'lead_inspecter:');
    const { uri } = draftIn('misspelt.md', text);
    const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'front-matter-unknown-key')!;
    expect(diagnostic.message).toBe('Unknown key "lead_inspecter" for short-inspection: did you mean "lead_inspector"?');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const change = actions.find((a) => a.title === 'Change to "lead_inspector"');
    expect(change?.edit?.changes?.[uri]).toEqual([{ range: diagnostic.range, newText: 'lead_inspector' }]);
  });
});

/** The server code in this process on a pair of streams, with a chosen host (the browser one cannot be spawned). */
function inProcessServer(host: BrowserHost): { connection: ProtocolConnection; dispose: () => void } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), host);
  const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  connection.listen();
  return {
    connection,
    dispose: () => {
      connection.dispose();
      toServer.end();
      toClient.end();
    },
  };
}

describe('the browser host takes the workspace’s configuration files from the client', () => {
  test('resolved per document as on disk, and again when the client sends them changed', async () => {
    const { connection, dispose } = inProcessServer(new BrowserHost());
    const published = new Map<string, Diagnostic[][]>();
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics]);
    });
    const root = 'vscode-vfs://github/ilacs/drafts';
    const latest = async (uri: string, count: number) => {
      const deadline = Date.now() + 10_000;
      while ((published.get(uri)?.length ?? 0) < count) {
        if (Date.now() > deadline) throw new Error(`fewer than ${count} publications for ${uri}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return published.get(uri)!.at(-1)!;
    };
    try {
      await connection.sendRequest('initialize', {
        processId: null,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'drafts' }],
        capabilities: {},
        initializationOptions: {
          debounceMs: 0,
          configFiles: [
            { uri: `${root}/.ilacsrc.yaml`, text: 'rules:\n  paragraph-numbering: warning\n' },
            { uri: `${root}/team/.ilacsrc.json`, text: JSON.stringify({ rules: { 'paragraph-numbering': 'off' } }) },
          ],
        },
      });
      connection.sendNotification('initialized', {});
      const text = harrow.replace('\n2. ', '\n3. ');
      const top = `${root}/harrow.md`;
      const team = `${root}/team/harrow.md`;
      for (const uri of [top, team])
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      expect((await latest(top, 1)).find((d) => d.code === 'paragraph-numbering')?.severity).toBe(2);
      expect((await latest(team, 1)).some((d) => d.code === 'paragraph-numbering')).toBe(false);

      connection.sendNotification('ilacs/configFiles', {
        files: [{ uri: `${root}/.ilacsrc.yaml`, text: 'rules:\n  paragraph-numbering: { severity: error }\n' }],
      });
      expect((await latest(top, 2)).find((d) => d.code === 'paragraph-numbering')?.severity).toBe(1);
      expect((await latest(team, 2)).find((d) => d.code === 'paragraph-numbering')?.severity).toBe(1);

      // A broken file is located in that file, and the drafts are still checked with the defaults.
      connection.sendNotification('ilacs/configFiles', {
        files: [{ uri: `${root}/.ilacsrc.yaml`, text: 'rules:\n  paragraph-numbering: loud\n' }],
      });
      const problem = await latest(`${root}/.ilacsrc.yaml`, 1);
      expect(problem[0]).toMatchObject({ severity: 1, range: { start: { line: 1 } } });
      expect((await latest(top, 3)).find((d) => d.code === 'paragraph-numbering')?.severity).toBe(1);
    } finally {
      dispose();
    }
  });
});

test('the Node host reads files itself and ignores configuration sent as text', async () => {
  const sub = join(folder, 'node-host');
  mkdirSync(sub, { recursive: true });
  const uri = client.open(join(sub, 'a.md'), harrow.replace('\n2. ', '\n3. '), uriOf(join(sub, 'a.md')));
  await client.diagnostics(uri);
  await client.connection.sendNotification('ilacs/configFiles', {
    files: [{ uri: uriOf(join(sub, '.ilacsrc.json')), text: '{"rules":{"paragraph-numbering":"off"}}' }],
  });
  const version = client.change(uri, harrow.replace('\n2. ', '\n4. '));
  expect((await client.diagnostics(uri, (p) => p.version === version)).some((d) => d.code === 'paragraph-numbering')).toBe(true);
});
