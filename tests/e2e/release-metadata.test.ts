/**
 * What every package says about itself: the repository the one core module names, the MIT licence in
 * each npm package, and dependencies whose declared engines accept every Node this project promises
 * (scripts/check-engines.mjs, run here on this workspace and on a made-up one that breaks the rule).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repositoryUrl } from '@ilacs/core';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './cli-support.js';

const manifest = (folder: string) => JSON.parse(readFileSync(join(repoRoot, folder, 'package.json'), 'utf8'));
const folders = [
  '.',
  'packages/core',
  'packages/config',
  'packages/cli',
  'packages/language-server',
  'apps/vscode',
  'apps/web-checker',
  'tests',
];
const published = ['packages/core', 'packages/config', 'packages/cli', 'packages/language-server'];

describe('package metadata', () => {
  it.each(folders)('%s/package.json names the repository, its folder, its issues and a home page there', (folder) => {
    const { repository, homepage, bugs } = manifest(folder);
    expect(repository).toEqual({ type: 'git', url: `git+${repositoryUrl}.git`, ...(folder === '.' ? {} : { directory: folder }) });
    expect(bugs).toEqual({ url: `${repositoryUrl}/issues` });
    expect(homepage.startsWith(repositoryUrl)).toBe(true);
  });

  it.each(published)('%s ships the root MIT licence and declares it, and the engines the project promises', (folder) => {
    expect(readFileSync(join(repoRoot, folder, 'LICENSE'), 'utf8')).toBe(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'));
    expect(manifest(folder).license).toBe('MIT');
    expect(manifest(folder).engines).toEqual(manifest('.').engines);
    expect(manifest(folder).files).toEqual(expect.arrayContaining(['CHANGELOG.md']));
  });

  it('the root licence is the MIT licence package.json declares', () => {
    expect(manifest('.').license).toBe('MIT');
    expect(readFileSync(join(repoRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });
});

describe('scripts/check-engines.mjs', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'ilacs-engines-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const check = (root?: string) =>
    spawnSync(process.execPath, [join(repoRoot, 'scripts/check-engines.mjs'), ...(root ? ['--root', root] : [])], { encoding: 'utf8' });

  it('passes this workspace: every production dependency accepts Node >=20.19', () => {
    const run = check();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+ production dependencies accept every Node in ">=20\.19"\.$/m);
    expect(Number(/^(\d+)/.exec(run.stdout)![1])).toBeGreaterThan(20);
  });

  it('names each dependency, at any depth, whose engines turn a supported Node away', () => {
    const write = (path: string, json: object) => {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), JSON.stringify(json));
    };
    write('package.json', { name: 'root', private: true, engines: { node: '>=20.19' } });
    writeFileSync(join(scratch, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
    write('packages/app/package.json', {
      name: 'app',
      version: '1.0.0',
      engines: { node: '>=20.19' },
      dependencies: { fine: '^1', old: '^1', modern: '^8' },
    });
    write('packages/app/node_modules/fine/package.json', {
      name: 'fine',
      version: '1.0.0',
      engines: { node: '>=18' },
      dependencies: { deep: '^1' },
    });
    write('packages/app/node_modules/fine/node_modules/deep/package.json', {
      name: 'deep',
      version: '1.2.0',
      engines: { node: '^20.17.0 || >=22.9.0' },
    });
    write('node_modules/old/package.json', { name: 'old', version: '1.0.0' }); // no engines: no claim
    write('node_modules/modern/package.json', { name: 'modern', version: '8.0.0', engines: { node: '^22.22.2 || ^24.15.0 || >=26.0.0' } });
    write('packages/undeclared/package.json', { name: 'undeclared', version: '1.0.0' });
    write('packages/private-app/package.json', { name: 'private-app', private: true, dependencies: { modern: '^8' } });

    const run = check(scratch);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'app > fine@1.0.0 > deep@1.2.0 declares engines.node "^20.17.0 || >=22.9.0", which does not accept every Node in ">=20.19"',
    );
    expect(run.stderr).toContain('app > modern@8.0.0 declares engines.node "^22.22.2 || ^24.15.0 || >=26.0.0"');
    expect(run.stderr).toContain('undeclared must declare engines.node ">=20.19" like the root');
    expect(run.stderr).not.toMatch(/old@|private-app/);
  });
});
