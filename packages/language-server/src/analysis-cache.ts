import { parseDraft, type Diagnostic, type DraftFacts, type LintConfig, type ParsedDraft } from '@ilacs/core';
import { readFacts } from '@ilacs/core/tools';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigLookup } from './host.js';
import type { LintRunner } from './lint-runner.js';

/** One document version, parsed once and shared by diagnostics, completion, hover, code actions and symbols. */
export interface Analysis {
  uri: string;
  version: number;
  draft: ParsedDraft;
  facts: DraftFacts;
  config: LintConfig;
  lookup: ConfigLookup;
  /** Lint diagnostics, computed by the lint runner on first use and kept; rejected when a newer version cancels them. */
  diagnostics(): Promise<Diagnostic[]>;
}

/** A cheap test that skips ordinary Markdown without reading it: drafts open with a front-matter fence. */
function mayBeDraft(text: string): boolean {
  return text.startsWith('---') || text.startsWith('\uFEFF---') || text.trim() === '';
}

/**
 * An LRU cache of analyses keyed by URI and version, as in vscode-extension-samples'
 * languageModelCache: a newer version of a document evicts its older ones, and the least recently
 * used documents go first when the cache is full.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();
  private readonly keyByUri = new Map<string, string>();

  constructor(
    private readonly runner: LintRunner,
    private readonly capacity = 64,
  ) {}

  get(document: TextDocument, lookupConfig: () => ConfigLookup): Analysis {
    const key = `${document.version}\u0000${document.uri}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const previousKey = this.keyByUri.get(document.uri);
    if (previousKey !== undefined) this.entries.delete(previousKey);
    const analysis = analyse(document, lookupConfig(), this.runner);
    this.entries.set(key, analysis);
    this.keyByUri.set(document.uri, key);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      const evicted = this.entries.get(oldest)!;
      this.entries.delete(oldest);
      if (this.keyByUri.get(evicted.uri) === oldest) this.keyByUri.delete(evicted.uri);
    }
    return analysis;
  }

  delete(uri: string): void {
    const key = this.keyByUri.get(uri);
    if (key !== undefined) this.entries.delete(key);
    this.keyByUri.delete(uri);
  }

  clear(): void {
    this.entries.clear();
    this.keyByUri.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const notADraft: ParsedDraft = parseDraft('');

function analyse(document: TextDocument, lookup: ConfigLookup, runner: LintRunner): Analysis {
  const text = document.getText();
  const config: LintConfig = lookup.config;
  // Ordinary Markdown gets a shared empty parse: nothing of it is read.
  const draft = mayBeDraft(text) ? parseDraft(text, config.maxFileSize !== undefined ? { maxSize: config.maxFileSize } : {}) : notADraft;
  const facts = readFacts(draft, config);
  let diagnostics: Promise<Diagnostic[]> | undefined;
  return {
    uri: document.uri,
    version: document.version,
    draft,
    facts,
    config,
    lookup,
    diagnostics() {
      diagnostics ??= draft.isDraft && !lookup.ignored ? runner.lint({ key: document.uri, text, config }) : Promise.resolve([]);
      return diagnostics;
    },
  };
}
