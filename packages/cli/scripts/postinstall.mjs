// The repository root's `postinstall` step. Under pnpm (a developer's or CI's `pnpm install`) it
// builds every package. Under npm it is pre-commit installing this repository as a `language: node`
// hook (`npm install`, `npm pack`, `npm install -g <tarball>`): npm cannot install a pnpm workspace,
// so pnpm sets up just the CLI's part of it and builds the one-file bundle the root's "bin" names.
// (Not `prepare`: npm runs that during `npm pack` too, and its banner on stdout would corrupt the
// tarball name pre-commit reads from there.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

// npm sets npm_execpath to its own npm-cli.js for every lifecycle script. The user agent is no guide:
// npm reads npm_config_* variables as configuration, so one inherited from a pnpm process survives.
const underNpm = /npm-cli\.js$/.test(process.env.npm_execpath ?? '');
if (!underNpm) {
  run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
} else if (!existsSync(`${root}packages/cli/dist/ilacs.js`)) {
  // The bundle exists already when npm installs the packed tarball (`npm install -g`): nothing to do.
  const pnpm = ['--yes', 'pnpm@10.34.8'];
  // --config.confirm-modules-purge=false: npm's node_modules at the root is replaced without asking,
  // as there is no terminal to ask on.
  run('npx', [
    ...pnpm,
    'install',
    '--frozen-lockfile',
    '--ignore-scripts',
    '--config.confirm-modules-purge=false',
    '--filter',
    '@ilacs/cli...',
    '--filter',
    '.',
  ]);
  run('npx', [...pnpm, '--filter', '@ilacs/cli...', 'run', 'build']);
}
