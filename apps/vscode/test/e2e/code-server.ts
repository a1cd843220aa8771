/**
 * One code-server (the real VS Code workbench, 1.100.3) per test file, on 127.0.0.1 and a free port,
 * with its own HOME, settings, extensions folder and config file, so nothing is written to the real
 * home directory. Stopped by its process id.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script, shared with CI, without type declarations.
import { ensureCodeServer } from './code-server-install.mjs';

export interface CodeServer {
  /** `http://127.0.0.1:<port>`; the authority must match the page's for extension development paths. */
  origin: string;
  authority: string;
  /** Everything this run wrote: HOME, user data, extensions, the server log. */
  runDir: string;
  home: string;
  /** What the server printed so far, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** A .vsix to install before the server starts. */
  vsix?: string;
  /** Extra environment for the server and so for the extension host it starts. */
  env?: Record<string, string>;
  /** User settings.json content. */
  settings?: Record<string, unknown>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const bin: string = ensureCodeServer();
  const runDir = mkdtempSync(join(tmpdir(), 'ilacs-code-server-'));
  const home = join(runDir, 'home');
  const userData = join(runDir, 'data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(home);
  writeFileSync(join(runDir, 'config.yaml'), '');
  const settings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    // The web workbench saves after a delay by default; the tests save when they mean to.
    'files.autoSave': 'off',
    ...options.settings,
  };
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings));
  const common = ['--config', join(runDir, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', join(runDir, 'extensions')];
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    ...options.env,
  };
  if (options.vsix) {
    const installed = spawnSync(bin, [...common, '--install-extension', options.vsix], { env, encoding: 'utf8', timeout: 60_000 });
    if (installed.status !== 0) throw new Error(`code-server --install-extension failed:\n${installed.stdout}\n${installed.stderr}`);
  }
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const args = [
    ...common,
    '--bind-addr',
    authority,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  // Its own process group, so stopping it also stops the extension host and file watchers it started.
  const child: ChildProcess = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => chunks.push(d));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d));
  const origin = `http://${authority}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${Buffer.concat(chunks).toString()}`);
    const healthy = await fetch(`${origin}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${origin} within 30 s:\n${Buffer.concat(chunks).toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    authority,
    runDir,
    home,
    log: () => Buffer.concat(chunks).toString(),
    async stop() {
      const group = -child.pid!;
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        signal(group, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      }
      signal(group, 'SIGKILL');
      if (!process.env.ILACS_E2E_KEEP) rmSync(runDir, { recursive: true, force: true });
    },
  };
}

function signal(target: number, name: NodeJS.Signals): void {
  try {
    process.kill(target, name);
  } catch {
    // Already gone.
  }
}
