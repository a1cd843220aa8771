import { builtinDomain } from '@ilacs/core';
import { configuredDomain } from '@ilacs/core/tools';
import { todayInEngland } from '@ilacs/core/cadence';
import type { EditorOptions } from '@ilacs/language-service';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type Analysis } from './analysis-cache.js';
import { DiagnosticScheduler } from './diagnostic-scheduler.js';
import { toLspDiagnostic } from './diagnostics.js';
import { chooseDiagnosticMode } from './diagnostic-mode.js';
import { codeActions, fixAllKind, renumberParagraphsKind } from './features/code-actions.js';
import { completionItems, completionTriggerCharacters } from './features/completion.js';
import { registerConfigFile } from './features/config-file.js';
import { configFilesFrom, registerConfigFiles } from './features/config-files.js';
import { registerConvert } from './features/convert.js';
import { documentSymbols } from './features/document-symbols.js';
import { statusSender } from './features/draft-status.js';
import { hover } from './features/hover.js';
import { registerLintFile } from './features/lint-file.js';
import { registerNewDraft } from './features/new-draft.js';
import { registerTimeline } from './features/timeline.js';
import type { ConfigProblem, ServerHost } from './host.js';
import { InProcessRunner, isCancelled } from './lint-runner.js';
import type { IlacsServerCapabilities, InitializationOptions } from './protocol.js';

export const serverName = 'ilacs-language-server';
export const serverVersion = '0.1.0';

export type { InitializationOptions } from './protocol.js';

const defaultDebounceMs = 150;

/**
 * The ILACS language server: the same code for Node (stdio, ipc) and a browser worker; where it runs
 * is the `host`. Every handler is guarded, so a bad request or a failing rule gets an empty answer
 * and a log line, and the server keeps running.
 */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const runner = host.createLintRunner?.((message) => connection.console.log(message)) ?? new InProcessRunner(host.rules);
  const cache = new AnalysisCache(runner, 64);
  let pushDiagnostics = true;
  let snippetSupport = false;
  let hierarchicalSymbols = false;
  let refreshPull = false;
  let debounceMs = defaultDebounceMs;
  let watchConfigFiles = false;
  let folderEvents = false;
  const reportedConfigProblems = new Map<string, ConfigProblem>();
  const sendStatus = statusSender(connection);

  const analysisOf = (uri: string): Analysis | undefined => {
    const document = documents.get(uri);
    return document ? cache.get(document, () => host.configFor(uri)) : undefined;
  };
  const editorOptions = (analysis: Analysis): EditorOptions => ({
    today: todayInEngland(),
    domain: configuredDomain(builtinDomain, analysis.config),
    ...(analysis.config.glossary ? { glossary: analysis.config.glossary } : {}),
  });

  function guard<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
    return (params: P) => {
      try {
        return handler(params);
      } catch (error) {
        connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  }

  async function lspDiagnostics(analysis: Analysis) {
    reportConfigProblem(analysis);
    const diagnostics = (await analysis.diagnostics()).map((d) => toLspDiagnostic(analysis.draft, analysis.version, analysis.uri, d));
    sendStatus(analysis, diagnostics);
    return diagnostics;
  }

  /** An async handler's guard: a cancelled lint (a newer version came) is no failure and gets the fallback quietly. */
  function guardAsync<P, R>(name: string, fallback: R, handler: (params: P) => Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (error) {
        if (!isCancelled(error))
          connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  }

  /** A broken configuration file gets a diagnostic at its line and column, and one message. */
  function reportConfigProblem(analysis: Analysis): void {
    const problem = analysis.lookup.problem;
    if (!problem) return;
    const key = problem.uri ?? problem.message;
    if (reportedConfigProblems.has(key)) return;
    reportedConfigProblems.set(key, problem);
    // A notification, not showErrorMessage's request: nothing waits on the user.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Error,
      message: `ILACS: invalid configuration: ${problem.message}`,
    });
    if (problem.uri) {
      const at = { line: problem.line - 1, character: problem.column - 1 };
      connection.sendDiagnostics({
        uri: problem.uri,
        diagnostics: [{ range: { start: at, end: at }, severity: 1, source: 'ilacs', message: problem.message }],
      });
    }
  }

  const publishNow = guardAsync('diagnostics', undefined, async (uri: string) => {
    const document = documents.get(uri);
    if (!document) return;
    const analysis = analysisOf(uri)!;
    let diagnostics;
    try {
      diagnostics = await lspDiagnostics(analysis);
    } catch (error) {
      // Another analysis of this very version (the cache was cleared) took the job over: publish its result.
      if (isCancelled(error) && documents.get(uri)?.version === analysis.version) scheduler.schedule(uri);
      throw error;
    }
    // Drop a result the document has moved past (or a closed document's); the newer version has its own run.
    if (documents.get(uri)?.version !== analysis.version) return;
    void connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  });
  const publish = (uri: string) => void publishNow(uri);
  let scheduler = new DiagnosticScheduler(debounceMs, publish);

  function configurationChanged(settings?: unknown): void {
    host.configChanged(settings);
    cache.clear();
    for (const problem of reportedConfigProblems.values())
      if (problem.uri) void connection.sendDiagnostics({ uri: problem.uri, diagnostics: [] });
    reportedConfigProblems.clear();
    if (pushDiagnostics) for (const document of documents.all()) scheduler.now(document.uri);
    else if (refreshPull) void connection.languages.diagnostics.refresh();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const capabilities = params.capabilities;
    const canPull = capabilities.textDocument?.diagnostic !== undefined;
    watchConfigFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderEvents = capabilities.workspace?.workspaceFolders === true;
    pushDiagnostics = chooseDiagnosticMode(options.diagnosticMode, canPull, (message) => connection.console.warn(message)) === 'push';
    refreshPull = capabilities.workspace?.diagnostics?.refreshSupport === true;
    snippetSupport = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    hierarchicalSymbols = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    scheduler = new DiagnosticScheduler(debounceMs, publish);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    host.setWorkspaceFolders(folders);
    if (options.config) host.configChanged({ ilacs: { config: options.config } });
    if (options.configFiles) host.setConfigFiles?.(configFilesFrom(options.configFiles));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: completionTriggerCharacters, resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'ILACS draft' },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind, renumberParagraphsKind], resolveProvider: false },
        ...(pushDiagnostics
          ? {}
          : { diagnosticProvider: { identifier: 'ilacs', interFileDependencies: false, workspaceDiagnostics: false } }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        experimental: { ilacs: { convert: host.loadConvert !== undefined } satisfies IlacsServerCapabilities },
      },
      serverInfo: { name: serverName, version: serverVersion },
    };
  });

  connection.onInitialized(() => {
    // Clients without dynamic registration (Neovim 0.7) tell us about configuration changes on save instead.
    if (watchConfigFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.ilacsrc.{json,yaml,yml}' }] })
        .catch((error: unknown) => connection.console.warn(`Cannot watch configuration files: ${String(error)}`));
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((folders) => {
          host.setWorkspaceFolders(folders?.map((f) => f.uri) ?? []);
          configurationChanged();
        });
      });
    }
  });

  // TextDocuments reports an open as a content change too: lint a new document at once, changes after the debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen(
    guard('didOpen', undefined, (event) => {
      justOpened.add(event.document.uri);
    }),
  );
  documents.onDidChangeContent(
    guard('didChange', undefined, (event) => {
      const uri = event.document.uri;
      const opened = justOpened.delete(uri);
      if (!pushDiagnostics || host.isConfigFile(uri)) return;
      if (opened) scheduler.now(uri);
      else scheduler.schedule(uri);
    }),
  );
  documents.onDidSave(
    guard('didSave', undefined, (event) => {
      if (host.isConfigFile(event.document.uri)) configurationChanged();
    }),
  );
  documents.onDidClose(
    guard('didClose', undefined, (event) => {
      scheduler.cancel(event.document.uri);
      justOpened.delete(event.document.uri);
      cache.delete(event.document.uri);
      if (pushDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (params) => {
      if (params.changes.some((change) => host.isConfigFile(change.uri))) configurationChanged();
    }),
  );
  connection.onDidChangeConfiguration(guard('didChangeConfiguration', undefined, (params) => configurationChanged(params.settings)));

  connection.languages.diagnostics.on(
    guardAsync('pullDiagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: analysis ? await lspDiagnostics(analysis) : [] };
    }),
  );

  connection.onCompletion(
    guard('completion', [], (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? completionItems(analysis, params.position, editorOptions(analysis), snippetSupport, params.context) : [];
    }),
  );
  connection.onHover(
    guard('hover', null, (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? hover(analysis, params.position, editorOptions(analysis)) : null;
    }),
  );
  connection.onCodeAction(
    guardAsync('codeAction', [], async (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? codeActions(analysis, params, runner) : [];
    }),
  );
  connection.onDocumentSymbol(
    guard('documentSymbol', [], (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? documentSymbols(analysis, hierarchicalSymbols) : [];
    }),
  );
  registerTimeline(connection, analysisOf);
  registerNewDraft(connection);
  registerConfigFiles(connection, host, () => configurationChanged());
  registerConfigFile(connection, host);
  registerLintFile(connection, host, runner);
  registerConvert(connection, host.loadConvert);
  connection.onShutdown(() => {
    scheduler.dispose();
    runner.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
