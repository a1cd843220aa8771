/**
 * Debounces diagnostics per document: typing schedules a run after a short quiet spell, and each
 * new change restarts the wait, so only the latest version is linted. The publisher is asked for
 * the version it ran on and drops the result when the document has moved on since.
 */
export class DiagnosticScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly delayMs: number,
    private readonly run: (uri: string) => void,
  ) {}

  /** Run soon, after the debounce. */
  schedule(uri: string): void {
    this.cancel(uri);
    if (this.delayMs <= 0) {
      // Still asynchronous, so a burst of changes in one read from the socket is linted once.
      this.timers.set(
        uri,
        setTimeout(() => this.fire(uri), 0),
      );
      return;
    }
    this.timers.set(
      uri,
      setTimeout(() => this.fire(uri), this.delayMs),
    );
  }

  /** Run now (document opened, configuration changed). */
  now(uri: string): void {
    this.cancel(uri);
    this.run(uri);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private fire(uri: string): void {
    this.timers.delete(uri);
    this.run(uri);
  }
}
