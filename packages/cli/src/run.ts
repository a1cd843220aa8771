import { ConfigError } from '@ilacs/config';
import { commands } from './commands/index.js';
import type { CommandIo } from './commands/types.js';
import { UsageError } from './files.js';
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
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`ilacs: unknown command "${name}": expected one of: ${commands.map((c) => c.name).join(', ')}.\n`);
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
      io.stderr(`ilacs ${command.name}: ${(error as Error).message}\nRun "ilacs ${command.name} --help" for usage.\n`);
      return 2;
    }
    io.stderr(`ilacs: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}
