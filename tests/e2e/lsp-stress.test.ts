import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '@ilacs/core';
import { applyEdits, LspClient, positionOf, repoRoot, uriOf } from './lsp-support.js';

/**
 * The language server under abuse, over stdio: a storm of edits with cancellations, requests at
 * impossible positions and for unknown documents, and a rule that throws. It must answer sensibly,
 * publish diagnostics for the final text only, keep its memory bounded, and keep serving.
 */
const source = readFileSync(join(repoRoot, 'examples/short-inspection-clean.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'ilacs-lsp-stress-'));
const draftPath = join(work, 'draft.md');
writeFileSync(draftPath, source);

/** Resident memory of a process in MiB, from /proc (Linux). */
function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** V8 old-space limit for the server under stress, far below what 2,000 retained versions would need. */
const heapLimitMiB = 96;

function summary(diagnostics: { code?: unknown; range: { start: { line: number; character: number } } }[]) {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`).sort();
}

describe('language server under stress', () => {
  let client: LspClient;
  beforeAll(async () => {
    // A small heap: a server that leaks per change runs out of it and dies; a bounded one collects.
    client = await LspClient.start({ workspaceFolders: [work], nodeArgs: [`--max-old-space-size=${heapLimitMiB}`] });
  });
  afterAll(async () => {
    await client.stop();
  });

  it('2,000 rapid changes with cancellations end with the diagnostics of the final text, in bounded memory', async () => {
    const uri = client.open(draftPath, source);
    await client.diagnostics(uri);
    const pid = client.process.pid!;
    let text = source;
    let version = 1;
    let requestId = 0;
    const storm = async (changes: number) => {
      for (let i = 1; i <= changes; i++) {
        // Small edits, as typing sends them, that break and mend what the rules see: a grade's case,
        // and a growing line of new prose.
        const cell = text.includes('| good |') ? positionOf(text, '| good |', 2) : positionOf(text, '| Good |', 2);
        const edit =
          i % 2 === 0
            ? {
                range: { start: cell, end: { line: cell.line, character: cell.character + 1 } },
                newText: text.includes('| good |') ? 'G' : 'g',
              }
            : {
                range: { start: { line: 23, character: 0 }, end: { line: 23, character: 0 } },
                newText: i % 50 === 1 ? 'Note e.g. judgment! ' : 'x',
              };
        text = applyEdits(text, [edit]);
        version = client.edit(uri, edit.range, edit.newText);
        if (i % 10 === 0) {
          // A completion request cancelled at once, as editors do while the user types on.
          const id = ++requestId;
          void client.connection
            .sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 8 } })
            .catch(() => undefined);
          void client.connection.sendNotification('$/cancelRequest', { id });
        }
      }
      const finalVersion = version;
      const diagnostics = await client.diagnostics(uri, (p) => p.version === finalVersion, 60_000);
      // The published diagnostics are those of the final text.
      expect(summary(diagnostics)).toEqual(
        summary(
          lintText(text).diagnostics.map((d) => ({ code: d.ruleId, range: { start: { line: d.start.line, character: d.start.column } } })),
        ),
      );
      await new Promise((settle) => setTimeout(settle, 500));
      // Nothing published after the final version is for an older one.
      const published = client.published.get(uri)!;
      expect(published.slice(published.findIndex((p) => p.version === finalVersion)).every((p) => p.version === finalVersion)).toBe(true);
      return residentMiB(pid);
    };
    // Two storms of 1,000 under a 96 MiB heap: a leak would exhaust it and kill the server.
    const afterFirst = await storm(1000);
    const afterSecond = await storm(1000);
    expect(client.process.exitCode, `server died; stderr: ${client.stderr.join('').slice(-500)}`).toBeNull();
    expect(
      afterSecond,
      `resident memory: ${afterFirst.toFixed(0)} MiB after 1,000 changes, ${afterSecond.toFixed(0)} MiB after 2,000`,
    ).toBeLessThan(heapLimitMiB + 160);
  }, 180_000);

  it('answers impossible positions and unknown documents sensibly, and keeps serving', async () => {
    const uri = client.open(draftPath, source, 'file:///nowhere/else.md');
    const unknown = 'file:///not/open.md';
    const far = { line: 99_999, character: 99_999 };
    const negative = { line: -1, character: -5 };
    for (const method of ['textDocument/hover', 'textDocument/completion']) {
      for (const [document, position] of [
        [uri, far],
        [uri, negative],
        [unknown, { line: 0, character: 0 }],
      ] as const) {
        // A sensible answer is an empty one (null, or no completion items), never an error response.
        const answer = await client.connection.sendRequest(method, { textDocument: { uri: document }, position }).then(
          (result) => ({ result }),
          (error: Error) => ({ error: error.message }),
        );
        expect(answer).not.toHaveProperty('error');
        const result = (answer as { result: unknown }).result;
        const items = Array.isArray(result) ? result : (result as { items?: unknown[] } | null)?.items;
        expect(result === null || Array.isArray(items)).toBe(true);
      }
    }
    const actions = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: unknown },
      range: { start: far, end: far },
      context: { diagnostics: [] },
    });
    expect(actions === null || Array.isArray(actions)).toBe(true);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: unknown } });
    expect(symbols === null || Array.isArray(symbols)).toBe(true);
    // Still alive and still right.
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 17, character: 20 },
    });
    expect(hover).not.toBeNull();
    expect(client.process.exitCode).toBeNull();
  }, 60_000);
});

describe('a slow document does not hold up the rest', () => {
  let client: LspClient;
  const cleanPath = join(work, 'clean.md');
  // A draft whose lint takes long (every "@" is a possible email address) but whose parse is quick: one paragraph.
  const slowText = source.replace('\n## ', `\n1. ${'a@b.'.repeat(850_000)}\n\n## `);
  const hoverAt = { line: 17, character: 20 };
  const hoverClean = () =>
    client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(cleanPath) }, position: hoverAt });
  const slowPublished = (uri: string) => (client.published.get(uri) ?? []).length;

  beforeAll(async () => {
    client = await LspClient.start({ workspaceFolders: [work] });
    client.open(cleanPath, source);
    await client.diagnostics(uriOf(cleanPath), () => true, 30_000);
  });
  afterAll(async () => {
    await client.stop();
  });

  it('an unrelated hover is answered while a slow draft is linted, about as fast as without it', async () => {
    let baseline = Infinity;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      expect(await hoverClean()).not.toBeNull();
      baseline = Math.min(baseline, performance.now() - started);
    }
    const slowUri = client.open(join(work, 'slow.md'), slowText);
    const started = performance.now();
    const hover = await hoverClean();
    const whileSlow = performance.now() - started;
    expect(hover).not.toBeNull();
    // The slow draft's diagnostics come after the hover; linting on the server's thread made the hover wait for them.
    expect(slowPublished(slowUri), `hover after ${whileSlow.toFixed(0)} ms (alone: ${baseline.toFixed(1)} ms)`).toBe(0);
    const diagnostics = await client.diagnostics(slowUri, () => true, 120_000);
    expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
    // Generous: the hover may share two cores with the lint, but it does not wait for it.
    expect(whileSlow).toBeLessThan(Math.max(50 * baseline, 2000));
  }, 180_000);

  it('shuts down at once while a slow draft is being linted', async () => {
    const slowUri = client.open(join(work, 'slow-again.md'), slowText);
    const started = performance.now();
    await client.connection.sendRequest('shutdown');
    const shutdownMs = performance.now() - started;
    // Answered before that draft's lint could finish, which is what a server busy linting it could not do.
    expect(slowPublished(slowUri), `shutdown answered after ${shutdownMs.toFixed(0)} ms`).toBe(0);
    const exited = new Promise<number | null>((done) => client.process.once('exit', (code) => done(code)));
    await client.connection.sendNotification('exit');
    expect(await exited).toBe(0);
  }, 120_000);
});

describe('initialization options the server does not know', () => {
  it('an unknown diagnosticMode falls back to the default, says so, and edits are linted', async () => {
    const client = await LspClient.start({ workspaceFolders: [work], initializationOptions: { diagnosticMode: 'sometimes' } });
    try {
      const uri = client.open(draftPath, source.replace('| Good |', '| good |'));
      const diagnostics = await client.diagnostics(uri, () => true, 30_000);
      expect(diagnostics.map((d) => d.code)).toContain('grade-case');
      expect(client.logs.some((line) => /unknown diagnosticMode "sometimes".*using "auto"/i.test(line))).toBe(true);
    } finally {
      await client.stop();
    }
  }, 60_000);
});

describe('a rule that throws inside the server', () => {
  let client: LspClient;
  let serverPath: string;
  beforeAll(async () => {
    // A test build of the real server with one extra rule that throws on a marker word.
    serverPath = join(work, 'throwing-server.mjs');
    const serverSource = join(repoRoot, 'packages/language-server/src');
    await build({
      stdin: {
        contents: `
          import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
          import { builtinRules, defineRule } from '@ilacs/core';
          import { NodeHost } from ${JSON.stringify(join(serverSource, 'node-host.ts'))};
          import { startServer } from ${JSON.stringify(join(serverSource, 'server.ts'))};
          const throwing = defineRule({
            meta: { id: 'test-throws', description: 'Throws on THROWME.', category: 'structure', defaultSeverity: 'error', fixable: false, docs: '' },
            check({ draft }) { if (draft.text.includes('THROWME')) throw new Error('deliberate failure'); },
          });
          class TestHost extends NodeHost { rules = [...builtinRules, throwing]; }
          startServer(createConnection(ProposedFeatures.all), new TestHost());
        `,
        resolveDir: join(repoRoot, 'packages/language-server'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: serverPath,
      // Aliased: the bundled conversion code imports createRequire itself, and a second binding is a syntax error.
      banner: {
        js: "import { createRequire as __testCreateRequire } from 'node:module'; const require = __testCreateRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    client = await LspClient.start({ workspaceFolders: [work], serverPath });
  });
  afterAll(async () => {
    await client.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('becomes an internal-error diagnostic, the other rules still report, and the server keeps serving', async () => {
    const broken = source
      .replace('| Good |', '| good |')
      .replace('Leaders know their services well', 'Leaders know THROWME their services well');
    const uri = client.open(draftPath, broken);
    const diagnostics = await client.diagnostics(uri);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('internal-error');
    expect(diagnostics.find((d) => d.code === 'internal-error')!.message).toContain('test-throws');
    expect(codes).toContain('grade-case');
    // A later edit without the marker is linted normally.
    const version = client.change(uri, source);
    const after = await client.diagnostics(uri, (p) => p.version === version);
    expect(after.map((d) => d.code)).not.toContain('internal-error');
    expect(client.process.exitCode).toBeNull();
  }, 60_000);
});
