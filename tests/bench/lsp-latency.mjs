// Language-server latency on a real report, over stdio as an editor sees it:
//   didChange -> publishDiagnostics (debounce 0), completion and hover round trips, and the
//   server's resident memory with 20 drafts open. The in-process cost of the same work (parse + lint,
//   completion) is measured too, to separate the server's own time from the pipe's.
// Run: node tests/bench/lsp-latency.mjs [--iterations 200]   (after pnpm build)
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { completeAt, lintText, parseDraft, readFacts } from '@ilacs/core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const drafts = resolve(repo, '../shared/corpus/drafts');
const server = join(repo, 'packages/language-server/dist/server.js');
const { values } = parseArgs({ options: { iterations: { type: 'string', default: '200' }, warmup: { type: 'string', default: '50' } } });
const iterations = Number(values.iterations);
// The first runs are dominated by the JIT compiling the parser and rules; editors keep one server for hours.
const warmup = Number(values.warmup);

const report = readFileSync(join(drafts, '012-harrow-short-inspection.md'), 'utf8');
const gradeAt = report.indexOf('children in care: good') + 'children in care: '.length;
const lineOf = (text, offset) => text.slice(0, offset).split('\n').length - 1;
const position = (text, offset) => ({ line: lineOf(text, offset), character: offset - (text.lastIndexOf('\n', offset - 1) + 1) });

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), max: +sorted.at(-1).toFixed(2), n: sorted.length };
};
const time = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

// In process: what the server does per change (parse once, lint) and per completion.
const inProcess = { parseAndLint: [], completion: [] };
for (let i = -warmup; i < iterations; i++) {
  const text = report.replace('Contacts and referrals', `Contacts and referrals ${i}`);
  const lintMs = time(() => lintText(text, { draft: parseDraft(text) }));
  const draft = parseDraft(text);
  const facts = readFacts(draft);
  const completionMs = time(() => completeAt(draft, facts, gradeAt + 2));
  if (i < 0) continue;
  inProcess.parseAndLint.push(lintMs);
  inProcess.completion.push(completionMs);
}

// Over stdio.
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  const key = `${p.uri}@${p.version}`;
  waiting.get(key)?.();
  waiting.delete(key);
});
connection.listen();
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(drafts).href,
  capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
  initializationOptions: { debounceMs: 0 },
});
await connection.sendNotification('initialized', {});
const published = (uri, version) => new Promise((done) => waiting.set(`${uri}@${version}`, done));

const uri = pathToFileURL(join(drafts, '012-harrow-short-inspection.md')).href;
let ready = published(uri, 1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: report } });
await ready;

const overStdio = { didChangeToDiagnostics: [], completion: [], hover: [] };
const editAt = position(report, report.indexOf('Contacts and referrals') + 'Contacts'.length);
for (let version = 2; version < iterations + warmup + 2; version++) {
  ready = published(uri, version);
  const start = performance.now();
  // An incremental edit, as editors send while typing: insert and remove a character in turn.
  const change = version % 2 === 0 ? { range: { start: editAt, end: editAt }, text: 'x' } : { range: { start: editAt, end: { ...editAt, character: editAt.character + 1 } }, text: '' };
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  await ready;
  if (version >= warmup + 2) overStdio.didChangeToDiagnostics.push(performance.now() - start);
}
const completionPosition = position(report, gradeAt);
const hoverPosition = position(report, report.indexOf('(MASH)') + 2);
for (let i = -warmup; i < iterations; i++) {
  let start = performance.now();
  await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: completionPosition });
  if (i >= 0) overStdio.completion.push(performance.now() - start);
  start = performance.now();
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverPosition });
  if (i >= 0) overStdio.hover.push(performance.now() - start);
}

// Memory: 20 drafts open (the 16 corpus reports, then copies under other names).
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
const rssOneOpen = rss();
const files = readdirSync(drafts).filter((f) => f.endsWith('.md'));
for (let i = 0; i < 20; i++) {
  const file = files[i % files.length];
  const docUri = pathToFileURL(join(drafts, `${i}-${file}`)).href;
  const done = published(docUri, 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'markdown', version: 1, text: readFileSync(join(drafts, file), 'utf8') } });
  await done;
}
const rssTwentyOpen = rss();
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();

const summary = {
  report: '012-harrow-short-inspection.md',
  reportBytes: report.length,
  iterations,
  warmup,
  loadAverage: (await import('node:os')).loadavg().map((l) => +l.toFixed(2)),
  inProcessMs: { parseAndLint: stats(inProcess.parseAndLint), completion: stats(inProcess.completion) },
  overStdioMs: {
    didChangeToDiagnostics: stats(overStdio.didChangeToDiagnostics),
    completion: stats(overStdio.completion),
    hover: stats(overStdio.hover),
  },
  serverRssMiB: { oneDraftOpen: +rssOneOpen.toFixed(1), twentyOneDraftsOpen: +rssTwentyOpen.toFixed(1) },
  targets: { didChangeMedianMs: 10, completionMedianMs: 5 },
};
console.log(JSON.stringify(summary, null, 2));
const ok = summary.overStdioMs.didChangeToDiagnostics.median < 10 && summary.overStdioMs.completion.median < 5;
process.exitCode = ok ? 0 : 1;
