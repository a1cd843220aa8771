import { ConfigError } from '@ilacs/config';
import { commands } from './commands/index.js';
import type { CommandIo } from './commands/types.js';
import { UsageError } from './files.js';
import { didYouMean } from './output/did-you-mean.js';
import { escapeForTerminal } from './output/terminal-text.js';
import { version } from './version.js';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `ilacs ${version}: checks Ofsted ILACS report drafts.

Usage: ilacs <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "ilacs <command> --help" for a command's options.
`;
}

/** Runs the CLI and resolves to the exit code; never throws. */
export async function runCli(argv: string[], commandIo: CommandIo): Promise<number> {
  // Messages name files and quote drafts: nothing in them may reach the terminal as a control sequence.
  const io: CommandIo = { ...commandIo, stderr: (text) => commandIo.stderr(escapeForTerminal(text, true)) };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const names = commands.map((c) => c.name);
    const hint = name === 'fix' ? '; to fix drafts, run "ilacs lint --fix <files>"' : didYouMean(name, names);
    io.stderr(`ilacs: unknown command "${name}"${hint || `: expected one of: ${names.join(', ')}`}.\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`ilacs: invalid configuration: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(
        `ilacs ${command.name}: ${describeUsageError(error as Error & { code?: string }, command.usage)}\nRun "ilacs ${command.name} --help" for usage.\n`,
      );
      return 2;
    }
    io.stderr(`ilacs: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

/** Node's message for an unknown option, shortened, with the command's closest options suggested. */
function describeUsageError(error: Error & { code?: string }, usage: string): string {
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return error.message;
  const typed = /'(-[^']*)'/.exec(error.message)?.[1];
  if (typed === undefined) return error.message;
  const known = [...new Set(usage.slice(usage.indexOf('Options:')).match(/(?<![\w-])--?[a-zA-Z][\w-]*/g) ?? [])];
  const name = typed.split('=')[0]!;
  const hint = didYouMean(name, known);
  return `Unknown option "${name}"${hint || '. (A file whose name starts with "-" goes after "--".)'}`;
}
