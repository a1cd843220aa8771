/** Where a command writes; injected so tests can capture output without spawning a process. */
export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read whole, for `--stdin`. */
  readStdin: () => Promise<string>;
  /** Whether stdout is a terminal that can show colour. */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** The CLI's own script, which worker threads can run to share a large lint; none means one thread. */
  workerScript?: URL;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Runs the command and resolves to the process exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}
