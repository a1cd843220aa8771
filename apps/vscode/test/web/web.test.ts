/**
 * The web extension (the browser entry, with the language server in a web worker) in VS Code's web
 * worker extension host. The workspace (written by web-extension.e2e.test.ts) has a `.ilacsrc.json`
 * that switches grade-case off and makes paragraph-numbering a warning; the worker cannot read it,
 * so the client must send it.
 */
import { lintText, type IlacsConfig } from '@ilacs/core';
import * as vscode from 'vscode';
import { workspaceConfig } from './workspace-config.js';
import {
  activateExtension,
  ilacsDiagnostics,
  open,
  ruleOf,
  severityNames,
  summary,
  until,
  webviewTabs,
  workspaceFile,
  type ExtensionApi,
} from '../suite/support.js';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function same(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}:\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(actual)}`);
}

const shownSummary = (uri: vscode.Uri) =>
  summary(ilacsDiagnostics(uri).map((d) => ({ rule: ruleOf(d), line: d.range.start.line + 1, severity: severityNames.get(d.severity)! })));
const coreSummary = (text: string, config: IlacsConfig) =>
  summary(lintText(text, { config }).diagnostics.map((d) => ({ rule: d.ruleId, line: d.start.line + 1, severity: d.severity })));

let api: ExtensionApi;

export const tests: [string, () => Promise<void>][] = [
  [
    'runs the browser entry, with the server in a web worker',
    async () => {
      api = await activateExtension();
      // Node 20 (the desktop extension host here) has no navigator; a web worker has one, and no Node version.
      const scope = globalThis as { navigator?: { userAgent?: string }; process?: { versions?: { node?: string } } };
      check(
        typeof scope.navigator?.userAgent === 'string' && scope.process?.versions?.node === undefined,
        `not running in a browser: node ${scope.process?.versions?.node}`,
      );
      await until('the server to run', () => api.controller.state === 'running', 30_000).catch((error: Error) => {
        throw new Error(
          `${error.message}: the checker is ${api.controller.state}${api.controller.failure ? ` (${api.controller.failure})` : ''}`,
        );
      });
    },
  ],
  [
    'applies the workspace’s .ilacsrc.json, which the worker cannot read itself',
    async () => {
      const document = await open('broken.md');
      const expected = coreSummary(document.getText(), workspaceConfig);
      check(
        expected.some((e) => e.startsWith('paragraph-numbering@') && e.endsWith(' warning')),
        'the fixture should break paragraph-numbering',
      );
      const shown = await until(
        'the configured diagnostics',
        () => {
          const now = shownSummary(document.uri);
          return now.length === expected.length ? now : undefined;
        },
        30_000,
      );
      same(shown, expected, 'diagnostics with the workspace configuration');
    },
  ],
  [
    'sends a changed configuration file again, and open drafts are checked with it',
    async () => {
      const document = await open('broken.md');
      await vscode.workspace.fs.writeFile(
        workspaceFile('.ilacsrc.json'),
        new TextEncoder().encode('{ "rules": { "paragraph-numbering": "off" } }\n'),
      );
      const expected = coreSummary(document.getText(), { rules: { 'paragraph-numbering': 'off' } });
      const shown = await until(
        'diagnostics with the changed configuration',
        () => {
          const now = shownSummary(document.uri);
          return now.length === expected.length && now.some((s) => s.startsWith('grade-case@')) ? now : undefined;
        },
        30_000,
      );
      same(shown, expected, 'diagnostics with the changed configuration');
    },
  ],
  [
    'shows the status the server reports in the status bar',
    async () => {
      const document = await open('broken.md');
      const count = await until('diagnostics', () => ilacsDiagnostics(document.uri).length || undefined);
      await until(`"ILACS 2023 · ${count}" (now ${api.statusBar.view?.text})`, () =>
        api.statusBar.view?.text.endsWith(`ILACS 2023 · ${count}`),
      );
    },
  ],
  [
    'draws the timeline and starts a new draft through the worker',
    async () => {
      await open('broken.md');
      const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('ilacs.showTimeline');
      check(panel && /<svg[\s\S]*Wokingham/.test(panel.webview.html), 'no timeline picture');
      await until('a timeline tab', () => webviewTabs('ilacs.timeline').length > 0);
      const draft = await vscode.commands.executeCommand<vscode.TextDocument>('ilacs.newDraft', {
        type: 'focused-visit',
        authority: 'Leeds',
        start: '2025-06-03',
      });
      check(draft && /^---\nilacs: focused-visit\nlocal_authority: Leeds\n/.test(draft.getText()), 'no new draft');
    },
  ],
];
