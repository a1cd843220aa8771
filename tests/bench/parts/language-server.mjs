// Part 4: the language server over stdio on the largest real report, as an editor drives it while an author types.
// - didChange to diagnostics: a one-character edit in a paragraph, timed until publishDiagnostics for that version.
//   The server's typing debounce (150 ms by default) is set to 0: the budget is for the server's work, not its wait.
// - completion and hover: each asked right after an edit, so the server parses the new version first, as it must
//   after a keystroke; the same requests on an unchanged version are shown too.
// All times are round trips seen by this client, so they include the stdio transport (shown on its own for scale):
// they are upper bounds of the server-side figures the budgets name.
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { budget, formatFigure } from '../lib/budget.mjs';
import { largestDraft } from '../lib/corpus.mjs';
import { LspSession } from '../lib/lsp-session.mjs';
import { corpusDraftsDir, serverBundle } from '../lib/paths.mjs';
import { median, percentile, timeAsync } from '../lib/timing.mjs';

export const diagnosticsBudgetMs = 10;
export const completionBudgetMs = 5;
export const hoverBudgetMs = 5;

/** Where the author types: inside the first numbered paragraph, and at two front-matter values. */
function positionsIn(text) {
  const lines = text.split(/\r?\n/);
  const lineOf = (pattern, what) => {
    const line = lines.findIndex((l) => pattern.test(l));
    if (line < 0) throw new Error(`The benchmark report has no ${what} line.`);
    return line;
  };
  const paragraph = lineOf(/^1\. /, 'first numbered paragraph');
  const authority = lineOf(/^local_authority:/, 'local_authority');
  const dates = lineOf(/^dates:/, 'dates');
  return {
    typing: { line: paragraph, character: Math.min(40, lines[paragraph].length) },
    completion: { line: authority, character: lines[authority].length },
    hover: { line: dates, character: 'dates: '.length + 3 },
  };
}

/** Alternately types a character and deletes it, so the text stays the real report. */
function editor(session, uri, at) {
  let version = 1;
  return () => {
    version++;
    const typed = version % 2 === 0;
    const range = { start: at, end: typed ? at : { line: at.line, character: at.character + 1 } };
    session.change(uri, version, [{ range, text: typed ? 'x' : '' }]);
    return version;
  };
}

const itemsOf = (result) => (Array.isArray(result) ? result : (result?.items ?? []));

const missing = (why) => ({
  table: { columns: ['request', 'median', 'p90'], rows: [['language server', 'not built', '-']] },
  figures: {},
  budgets: [
    budget({ label: 'didChange to diagnostics', measured: undefined, limit: diagnosticsBudgetMs, unit: 'ms', kind: 'at-most', why }),
    budget({ label: 'completion', measured: undefined, limit: completionBudgetMs, unit: 'ms', kind: 'at-most', why }),
    budget({ label: 'hover', measured: undefined, limit: hoverBudgetMs, unit: 'ms', kind: 'at-most', why }),
  ],
  notes: [],
});

export default {
  id: 'language-server',
  title: 'Language server over stdio',
  async run({ drafts, plan }) {
    if (!existsSync(serverBundle)) return missing(`${serverBundle} is missing: run pnpm build.`);
    const draft = largestDraft(drafts);
    const uri = pathToFileURL(`${corpusDraftsDir}${draft.name}`).href;
    const at = positionsIn(draft.text);
    const rootPath = dirname(`${corpusDraftsDir}${draft.name}`);
    const lspPlan = { warmup: plan.warmup, iterations: plan.iterations * 2 };
    const rows = [];
    const figures = {};

    // Push diagnostics, as VS Code and Neovim 0.7 get them.
    const pushing = await LspSession.start(serverBundle, { rootPath, initializationOptions: { debounceMs: 0, diagnosticMode: 'push' } });
    try {
      const opened = pushing.diagnosticsFor(uri, 1);
      pushing.open(uri, draft.text, 1);
      const first = await opened;
      if (first.some((d) => d.severity === 1))
        throw new Error(`The server reports errors on ${draft.name}, which lints clean: ${first.find((d) => d.severity === 1).message}`);
      const type = editor(pushing, uri, at.typing);
      const diagnostics = await timeAsync(async () => {
        const version = type();
        await pushing.diagnosticsFor(uri, version);
      }, lspPlan);
      // Unknown methods are answered by the JSON-RPC layer at once: what is left is pipes and JSON.
      const transport = await timeAsync(() => pushing.request('ilacs/noSuchMethodForTiming', {}).catch(() => undefined), lspPlan);
      figures.diagnosticsMs = median(diagnostics);
      figures.transportMs = median(transport);
      rows.push([
        'didChange to publishDiagnostics (debounce 0)',
        formatFigure(median(diagnostics), 'ms'),
        formatFigure(percentile(diagnostics, 90), 'ms'),
      ]);
      rows.push([
        'stdio round trip alone (unknown method)',
        formatFigure(median(transport), 'ms'),
        formatFigure(percentile(transport, 90), 'ms'),
      ]);
    } catch (error) {
      throw new Error(`${error.message}${pushing.stderr ? `\nServer stderr: ${pushing.stderr}` : ''}`);
    } finally {
      await pushing.stop().catch(() => {});
    }

    // Pull mode: nothing is linted unless asked, so completion and hover after an edit are timed on their own.
    const pulling = await LspSession.start(serverBundle, {
      rootPath,
      pullDiagnostics: true,
      initializationOptions: { diagnosticMode: 'pull' },
    });
    try {
      pulling.open(uri, draft.text, 1);
      const textDocument = { uri };
      const type = editor(pulling, uri, at.typing);
      const complete = () => pulling.request('textDocument/completion', { textDocument, position: at.completion });
      const hover = () => pulling.request('textDocument/hover', { textDocument, position: at.hover });
      const pull = () => pulling.request('textDocument/diagnostic', { textDocument });
      if (itemsOf(await complete()).length === 0) throw new Error('The server offered no completion at the local_authority value.');
      if (!(await hover())?.contents) throw new Error('The server gave no hover on the dates value.');

      const timed = async (label, request, afterEdit) => {
        const samples = await timeAsync(async () => {
          if (afterEdit) type();
          await request();
        }, lspPlan);
        rows.push([label, formatFigure(median(samples), 'ms'), formatFigure(percentile(samples, 90), 'ms')]);
        return median(samples);
      };
      figures.pullMs = await timed('didChange then textDocument/diagnostic (pull)', pull, true);
      figures.completionMs = await timed('completion after an edit (local_authority value)', complete, true);
      figures.completionCachedMs = await timed('completion, unchanged version', complete, false);
      figures.hoverMs = await timed('hover after an edit (dates value)', hover, true);
      figures.hoverCachedMs = await timed('hover, unchanged version', hover, false);

      // Memory with 20 drafts open: the real reports, then copies under other names, each linted once.
      const residentMiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pulling.child.pid}/status`, 'utf8'))[1]) / 1024;
      const oneOpenMiB = residentMiB();
      for (let i = 0; i < 20; i++) {
        const source = drafts[i % drafts.length];
        const otherUri = pathToFileURL(`${corpusDraftsDir}open-${i}-${source.name}`).href;
        pulling.open(otherUri, source.text, 1);
        await pulling.request('textDocument/diagnostic', { textDocument: { uri: otherUri } });
      }
      figures.memoryOneDraftMiB = oneOpenMiB;
      figures.memoryTwentyDraftsMiB = residentMiB();
      rows.push(['server resident memory, 1 draft open', formatFigure(oneOpenMiB, 'MiB'), '']);
      rows.push(['server resident memory, 20 more drafts open and linted', formatFigure(figures.memoryTwentyDraftsMiB, 'MiB'), '']);
    } catch (error) {
      throw new Error(`${error.message}${pulling.stderr ? `\nServer stderr: ${pulling.stderr}` : ''}`);
    } finally {
      await pulling.stop().catch(() => {});
    }

    return {
      table: { columns: ['request', 'median', 'p90'], rows },
      figures,
      budgets: [
        budget({
          label: 'language server: didChange to diagnostics',
          measured: figures.diagnosticsMs,
          limit: diagnosticsBudgetMs,
          unit: 'ms',
          kind: 'at-most',
        }),
        budget({
          label: 'language server: completion after an edit',
          measured: figures.completionMs,
          limit: completionBudgetMs,
          unit: 'ms',
          kind: 'at-most',
        }),
        budget({
          label: 'language server: hover after an edit',
          measured: figures.hoverMs,
          limit: hoverBudgetMs,
          unit: 'ms',
          kind: 'at-most',
        }),
      ],
      notes: [
        `On ${draft.name} (${(draft.bytes / 1024).toFixed(0)} KB), ${lspPlan.iterations} timed requests each after ${lspPlan.warmup} warm-up ones; round trips measured by this client, so they include the stdio transport.`,
      ],
    };
  },
};
