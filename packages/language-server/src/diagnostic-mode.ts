import { diagnosticModes, type DiagnosticMode } from './protocol.js';

/**
 * Whether diagnostics are pushed (`publishDiagnostics`) or pulled (`textDocument/diagnostic`), from
 * what the client asked for and what it can do. An unknown mode, or "pull" from a client that cannot
 * pull, would leave edits unlinted: it falls back, with a line in the log saying so.
 */
export function chooseDiagnosticMode(requested: unknown, canPull: boolean, log: (message: string) => void): 'push' | 'pull' {
  let mode: DiagnosticMode = 'auto';
  if (requested !== undefined && requested !== null) {
    if ((diagnosticModes as readonly unknown[]).includes(requested)) mode = requested as DiagnosticMode;
    else
      log(
        `Unknown diagnosticMode ${String(JSON.stringify(requested)).slice(0, 80)} in initializationOptions: expected one of ${diagnosticModes.join(', ')}; using "auto".`,
      );
  }
  if (mode === 'pull' && !canPull) {
    log('diagnosticMode "pull" was asked for, but the client cannot pull diagnostics: they are published instead.');
    return 'push';
  }
  return mode === 'push' || (mode === 'auto' && !canPull) ? 'push' : 'pull';
}
