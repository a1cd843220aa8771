#!/usr/bin/env node
/**
 * Installs code-server (the real VS Code workbench, served over HTTP) into a cache folder outside the
 * repository, once. The end-to-end tests call `ensureCodeServer()`; CI may also run this file on its own
 * as a separate step (`node apps/vscode/test/e2e/code-server-install.mjs`).
 *
 * code-server 4.100.3 (VS Code 1.100.3) is the newest release whose `engines.node` accepts Node 20.
 * Its install needs three workarounds on a machine that only reaches the npm registry and Debian:
 * postinstall refuses root without npm_config_unsafe_perm; node-pty's postinstall runs `npx node-gyp`,
 * which a `yes=false` npmrc cancels; @vscode/ripgrep downloads rg from GitHub, so its download cache is
 * seeded with Debian's rg. kerberos builds from source and needs Debian's libkrb5-dev.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const codeServerVersion = '4.100.3';
/** The VS Code version inside that code-server release; `engines.vscode` must accept it. */
export const vscodeVersion = '1.100.3';
/** What @vscode/ripgrep 1.15.11 (code-server 4.100.3's) would fetch from GitHub. */
const ripgrepPackageVersion = '1.15.11';
const ripgrepRelease = 'v13.0.0-10';
const ripgrepTargets = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

export function cacheRoot() {
  return process.env.ILACS_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ilacs-e2e');
}

export function codeServerDir() {
  return join(cacheRoot(), `code-server-${codeServerVersion}`);
}

export function codeServerBin(dir = codeServerDir()) {
  return join(dir, 'node_modules', '.bin', 'code-server');
}

/** What a machine needs before the install can succeed; each entry says how to get it. */
export function missingPrerequisites() {
  const missing = [];
  if (process.platform !== 'linux') missing.push(`Linux (this is ${process.platform})`);
  if (!ripgrepTargets[process.arch]) missing.push(`an x64 or arm64 machine (this is ${process.arch})`);
  if (!onPath('rg')) missing.push('ripgrep (apt-get install -y ripgrep)');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('Kerberos headers (apt-get install -y libkrb5-dev)');
  for (const tool of ['make', 'g++', 'python3', 'tar'])
    if (!onPath(tool)) missing.push(`${tool} (apt-get install -y build-essential python3)`);
  return missing;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function installedVersion(dir) {
  const bin = codeServerBin(dir);
  if (!existsSync(bin)) return undefined;
  // --config keeps even `--version` from writing ~/.config/code-server/config.yaml.
  const emptyConfig = join(mkdtempSync(join(tmpdir(), 'ilacs-cs-')), 'config.yaml');
  writeFileSync(emptyConfig, '');
  const result = spawnSync(bin, ['--config', emptyConfig, '--version'], { encoding: 'utf8', timeout: 30_000 });
  rmSync(join(emptyConfig, '..'), { recursive: true, force: true });
  return result.status === 0 ? result.stdout.trim().split(/\s+/)[0] : undefined;
}

/** @vscode/ripgrep looks in this cache before it tries GitHub. */
function seedRipgrepCache() {
  const cache = join(tmpdir(), `vscode-ripgrep-cache-${ripgrepPackageVersion}`);
  const archive = join(cache, `ripgrep-${ripgrepRelease}-${ripgrepTargets[process.arch]}.tar.gz`);
  if (existsSync(archive)) return;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'ilacs-rg-'));
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  execFileSync('cp', [rg, join(staging, 'rg')]);
  execFileSync('tar', ['czf', archive, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Returns the code-server binary, installing it first when the cache does not have this version.
 * Installs into a staging folder and renames it into place, so an interrupted install never looks done.
 */
export function ensureCodeServer({ log = (line) => console.error(line) } = {}) {
  const dir = codeServerDir();
  if (installedVersion(dir) === codeServerVersion) return codeServerBin(dir);
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`Cannot install code-server ${codeServerVersion}; missing: ${missing.join('; ')}`);
  seedRipgrepCache();
  mkdirSync(cacheRoot(), { recursive: true });
  const staging = mkdtempSync(join(cacheRoot(), `code-server-${codeServerVersion}.partial-`));
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'ilacs-e2e-code-server', private: true }));
  log(`Installing code-server ${codeServerVersion} into ${dir} (about a minute, once)...`);
  const started = Date.now();
  const result = spawnSync('npm', ['install', `code-server@${codeServerVersion}`, '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: staging,
    encoding: 'utf8',
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || installedVersion(staging) !== codeServerVersion) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`npm install code-server@${codeServerVersion} failed (exit ${result.status}):\n${tail}`);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  log(`code-server ${codeServerVersion} installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return codeServerBin(dir);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureCodeServer());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
