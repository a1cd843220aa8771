import { builtinRules, fixText, lintText, type Diagnostic, type LintConfig, type Rule } from '@ilacs/core';

/**
 * Where the server's long work runs: linting a document version and fixing it (fix all, renumber).
 * On Node it is a worker thread, so that a draft that takes seconds to lint never holds up a hover on
 * another; in a browser worker (or with rules that are functions a thread cannot be sent) it is this
 * thread, one job per turn of the event loop. Either way a newer version of a document cancels the
 * older one's job, and jobs are plain data in and out.
 */
export interface LintJob {
  /** Jobs with the same key replace each other: the document's URI. */
  key: string;
  text: string;
  config: LintConfig;
}

export interface FixJob extends LintJob {
  /** Only these rules (the renumber action); every rule when absent. */
  ruleIds?: string[];
}

export interface FixOutcome {
  output: string;
  fixed: number;
}

export interface LintRunner {
  lint(job: LintJob): Promise<Diagnostic[]>;
  fix(job: FixJob): Promise<FixOutcome>;
  /** Stops the work in hand and refuses more (shutdown). */
  dispose(): void;
}

/** The job was replaced by a newer one for the same document, or the runner stopped: nobody wants its result. */
export class JobCancelled extends Error {
  constructor(reason = 'superseded by a newer version') {
    super(`ILACS: lint cancelled (${reason})`);
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof JobCancelled;
}

/** The work itself, shared by both runners (and run inside the Node worker). */
export function runLint(job: LintJob, rules: readonly Rule[] = builtinRules): Diagnostic[] {
  return lintText(job.text, { config: job.config, rules }).diagnostics;
}

export function runFix(job: FixJob, rules: readonly Rule[] = builtinRules): FixOutcome {
  const chosen = job.ruleIds ? rules.filter((r) => job.ruleIds!.includes(r.meta.id)) : rules;
  const { output, fixed } = fixText(job.text, { config: job.config, rules: chosen });
  return { output, fixed };
}

interface Pending<T> {
  run: () => T;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs jobs on this thread, each in its own macrotask: requests that arrived meanwhile are answered
 * between two jobs, and a job replaced before its turn never runs.
 */
export class InProcessRunner implements LintRunner {
  private readonly queue = new Map<string, Pending<unknown>>();
  private scheduled = false;
  private disposed = false;

  constructor(private readonly rules: readonly Rule[] = builtinRules) {}

  lint(job: LintJob): Promise<Diagnostic[]> {
    return this.enqueue(`lint ${job.key}`, () => runLint(job, this.rules));
  }

  fix(job: FixJob): Promise<FixOutcome> {
    return this.enqueue(`fix ${job.key} ${job.ruleIds?.join(',') ?? ''}`, () => runFix(job, this.rules));
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.queue.values()) pending.reject(new JobCancelled('the server is shutting down'));
    this.queue.clear();
  }

  private enqueue<T>(key: string, run: () => T): Promise<T> {
    if (this.disposed) return Promise.reject(new JobCancelled('the server is shutting down'));
    return new Promise<T>((resolve, reject) => {
      this.queue.get(key)?.reject(new JobCancelled());
      this.queue.delete(key);
      this.queue.set(key, { run, resolve, reject } as Pending<unknown>);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.size === 0) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      const [key, pending] = this.queue.entries().next().value as [string, Pending<unknown>];
      this.queue.delete(key);
      try {
        pending.resolve(pending.run());
      } catch (error) {
        pending.reject(error);
      }
      this.schedule();
    }, 0);
  }
}
