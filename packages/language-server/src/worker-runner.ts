import { Worker, type MessagePort } from 'node:worker_threads';
import type { Diagnostic } from '@ilacs/core';
import {
  InProcessRunner,
  JobCancelled,
  runFix,
  runLint,
  type FixJob,
  type FixOutcome,
  type LintJob,
  type LintRunner,
} from './lint-runner.js';

/** The worker's `workerData.role`: the server's entry module runs this loop instead of a server. */
export const lintWorkerRole = 'ilacs-lint-worker';

type Request = { id: number; kind: 'lint'; job: LintJob } | { id: number; kind: 'fix'; job: FixJob };
type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** Inside the worker: answer each job in turn. */
export function serveLintJobs(port: MessagePort): void {
  port.on('message', (request: Request) => {
    try {
      const result = request.kind === 'lint' ? runLint(request.job) : runFix(request.job);
      port.postMessage({ id: request.id, ok: true, result } satisfies Reply);
    } catch (error) {
      port.postMessage({
        id: request.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies Reply);
    }
  });
}

interface Job {
  id: number;
  /** Jobs with the same key replace each other. */
  key: string;
  request: Request;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
  started?: number;
}

/**
 * A job still running this long after a newer version replaced it is stopped by ending the thread: a
 * new one starts in about the time a typical lint takes, while a hostile draft could hold it for seconds.
 */
const staleAfterMs = 250;
/** Threads that die this many times in a row are given up for this thread's own runner. */
const maxFailures = 3;

/**
 * Lints in one worker thread, one job at a time, newest version first served in arrival order. The
 * thread runs the server's own entry module (`entry`), which serves jobs when started as a worker, so
 * any bundle of the server carries its worker with it.
 */
export class WorkerRunner implements LintRunner {
  private worker: Worker | undefined;
  private readonly waiting = new Map<string, Job>();
  private running: Job | undefined;
  private nextId = 1;
  private failures = 0;
  private fallback: InProcessRunner | undefined;
  private disposed = false;

  constructor(
    private readonly entry: URL,
    private readonly log: (message: string) => void = () => {},
  ) {
    // Started now, so that it is ready by the time the first document is opened.
    this.worker = this.spawn();
  }

  lint(job: LintJob): Promise<Diagnostic[]> {
    if (this.fallback) return this.fallback.lint(job);
    return this.submit(`lint ${job.key}`, (id) => ({ id, kind: 'lint', job }));
  }

  fix(job: FixJob): Promise<FixOutcome> {
    if (this.fallback) return this.fallback.fix(job);
    return this.submit(`fix ${job.key} ${job.ruleIds?.join(',') ?? ''}`, (id) => ({ id, kind: 'fix', job }));
  }

  dispose(): void {
    this.disposed = true;
    const cancelled = new JobCancelled('the server is shutting down');
    for (const job of this.waiting.values()) job.reject(cancelled);
    this.waiting.clear();
    this.running?.reject(cancelled);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    this.fallback?.dispose();
  }

  private submit<T>(key: string, request: (id: number) => Request): Promise<T> {
    if (this.disposed) return Promise.reject(new JobCancelled('the server is shutting down'));
    return new Promise<T>((resolve, reject) => {
      const id = this.nextId++;
      const replaced = this.waiting.get(key);
      if (replaced) {
        this.waiting.delete(key);
        replaced.reject(new JobCancelled());
      }
      this.waiting.set(key, { id, key, request: request(id), resolve: resolve as (value: never) => void, reject });
      if (this.running?.key === key) this.stopIfStale(this.running);
      this.next();
    });
  }

  /** The running job has been replaced: let it finish if it is about to, else end the thread. */
  private stopIfStale(job: Job): void {
    const wait = Math.max(0, staleAfterMs - (performance.now() - (job.started ?? 0)));
    setTimeout(() => {
      if (this.running !== job) return;
      this.running = undefined;
      job.reject(new JobCancelled());
      this.restart('a replaced job ran too long');
    }, wait).unref();
  }

  private next(): void {
    if (this.running || this.disposed) return;
    const first = this.waiting.entries().next();
    if (first.done) return;
    const [key, job] = first.value;
    this.waiting.delete(key);
    this.worker ??= this.spawn();
    job.started = performance.now();
    this.running = job;
    this.worker.postMessage(job.request);
  }

  private spawn(): Worker {
    const worker = new Worker(this.entry, { workerData: { role: lintWorkerRole } });
    // The thread never keeps the server alive: the connection does, and exit ends both.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = this.running;
      if (!job || job.id !== reply.id) return;
      this.running = undefined;
      this.failures = 0;
      if (reply.ok) job.resolve(reply.result as never);
      else job.reject(new Error(reply.error));
      this.next();
    });
    worker.on('error', (error) => this.failed(worker, `the lint thread failed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => this.failed(worker, `the lint thread stopped (exit code ${code})`));
    return worker;
  }

  private restart(reason: string): void {
    const old = this.worker;
    this.worker = undefined;
    if (old) {
      old.removeAllListeners();
      void old.terminate();
    }
    this.log(`ILACS: restarting the lint thread: ${reason}.`);
    this.next();
  }

  /** The thread died on its own: fail its job, and after repeated deaths lint on this thread instead. */
  private failed(worker: Worker, reason: string): void {
    if (worker !== this.worker || this.disposed) return;
    this.worker = undefined;
    worker.removeAllListeners();
    const job = this.running;
    this.running = undefined;
    job?.reject(new Error(reason));
    this.log(`ILACS: ${reason}`);
    if (++this.failures >= maxFailures) {
      this.log('ILACS: linting on the server thread from now on.');
      this.fallback = new InProcessRunner();
      for (const waiting of this.waiting.values()) {
        const run = waiting.request.kind === 'lint' ? this.fallback.lint(waiting.request.job) : this.fallback.fix(waiting.request.job);
        run.then(waiting.resolve as (value: unknown) => void, waiting.reject);
      }
      this.waiting.clear();
      return;
    }
    this.next();
  }
}
