/**
 * A release made the way a maintainer makes one, in a scratch copy of this repository (its working
 * tree, committed; node_modules linked to this checkout's): `scripts/release.mjs --verify --tag`
 * builds, packs the npm tarballs and the VSIX, rebuilds and packs again to prove the same bytes, and
 * tags the prebuilt tree. Then: what each artifact carries (licence, changelog, notices for every
 * bundled package, rule docs), that the real pre-commit installs the tagged tree without building,
 * and that `changeset version` moves the shipped packages together.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { builtinRules, ruleDocsPath } from '@ilacs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFolders } from '../../scripts/workspace.mjs';
import { corpusDrafts, repoRoot } from './cli-support.js';
import { checkRepositoryUrl, markdownLinks } from './support/links.js';
import { commit, copyWorkingTree, ensurePreCommit, git } from './support/pre-commit.js';

const scratch = mkdtempSync(join(tmpdir(), 'ilacs-release-'));
const source = join(scratch, 'source');
const out = join(source, 'release');
let release: { status: number | null; output: string };

/** The workspace packages that have their own node_modules (pnpm links each package's dependencies there). */
const packageFolders = workspaceFolders(repoRoot).filter((folder) => existsSync(join(folder, 'node_modules')));
/** The packages a release ships, as `changeset version` moves them together. */
const shipped = [
  'packages/core',
  'packages/config',
  'packages/convert',
  'packages/language-service',
  'packages/cli',
  'packages/language-server',
  'apps/vscode',
];

beforeAll(() => {
  copyWorkingTree(repoRoot, source);
  symlinkSync(join(repoRoot, 'node_modules'), join(source, 'node_modules'));
  // pnpm's per-package node_modules hold relative links into the root's store (and to sibling packages).
  for (const folder of packageFolders)
    cpSync(join(folder, 'node_modules'), join(source, relative(repoRoot, folder), 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  git(source, 'init', '-q');
  git(source, 'add', '-A');
  git(source, 'commit', '-q', '-m', 'release source');
  const run = spawnSync(process.execPath, ['scripts/release.mjs', '--verify', '--tag'], {
    cwd: source,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  release = { status: run.status, output: run.stdout + run.stderr };
}, 900_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const version = () => JSON.parse(readFileSync(join(source, 'packages/cli/package.json'), 'utf8')).version as string;
const tarball = (name: string) => join(out, `${name}-${version()}.tgz`);
const tarList = (file: string) => execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
const tarRead = (file: string, entry: string) => execFileSync('tar', ['-xzOf', file, entry], { encoding: 'utf8', maxBuffer: 1 << 28 });
const vsix = () => join(out, `ilacs-drafts-${version()}.vsix`);
const zipList = (file: string) => execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
const zipRead = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 1 << 28 });

describe('the release', () => {
  it('packs every artifact, and a rebuild packs the same bytes', () => {
    expect(release.status, release.output).toBe(0);
    expect(release.output).toMatch(/Reproducible: a rebuild packed the same bytes \(\d+ files\)/);
    const artifacts = readdirSync(out)
      .filter((f) => /\.(tgz|vsix)$/.test(f))
      .sort();
    expect(artifacts).toEqual([
      `ilacs-cli-${version()}.tgz`,
      `ilacs-config-${version()}.tgz`,
      `ilacs-convert-${version()}.tgz`,
      `ilacs-core-${version()}.tgz`,
      `ilacs-drafts-${version()}.vsix`,
      `ilacs-language-server-${version()}.tgz`,
      `ilacs-language-service-${version()}.tgz`,
    ]);
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8');
    for (const artifact of artifacts) expect(sums).toMatch(new RegExp(`^[0-9a-f]{64}  ${artifact.replaceAll('.', '\\.')}$`, 'm'));
  });

  it('npm tarballs carry the licence, the changelog and metadata, real versions for workspace packages, and no build leftovers', () => {
    for (const name of ['ilacs-core', 'ilacs-config', 'ilacs-convert', 'ilacs-language-service', 'ilacs-cli', 'ilacs-language-server']) {
      const entries = tarList(tarball(name));
      expect(entries, name).toEqual(expect.arrayContaining(['package/LICENSE', 'package/CHANGELOG.md', 'package/package.json']));
      expect(
        entries.filter((e) => e.endsWith('metafile.json')),
        name,
      ).toEqual([]);
      expect(tarRead(tarball(name), 'package/LICENSE')).toBe(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'));
      const manifest = JSON.parse(tarRead(tarball(name), 'package/package.json'));
      expect(JSON.stringify(manifest.dependencies ?? {}), name).not.toContain('workspace:');
      expect(manifest.engines.node, name).toBe('>=20.19');
      for (const url of [manifest.homepage, manifest.bugs.url]) expect(checkRepositoryUrl(url), url).toBeUndefined();
    }
    expect(tarList(tarball('ilacs-cli'))).toContain('package/dist/THIRD-PARTY-NOTICES.txt');
    expect(tarList(tarball('ilacs-language-server'))).toContain('package/dist/THIRD-PARTY-NOTICES.txt');
  });

  it('the VSIX carries its changelog, licence, notices and every rule doc, and its README links resolve', () => {
    const entries = zipList(vsix());
    // vsce names the changelog, readme and licence its own way inside the package.
    expect(entries).toEqual(
      expect.arrayContaining([
        'extension/changelog.md',
        'extension/LICENSE.txt',
        'extension/readme.md',
        'extension/dist/THIRD-PARTY-NOTICES.txt',
        'extension/package.json',
      ]),
    );
    for (const { meta } of builtinRules) {
      const entry = `extension/dist/${ruleDocsPath(meta.id)}`;
      expect(entries, entry).toContain(entry);
      expect(zipRead(vsix(), entry)).toBe(readFileSync(join(repoRoot, ruleDocsPath(meta.id)), 'utf8'));
    }
    expect(entries.filter((e) => /metafile|third-party-notices\.json|\.map$/.test(e))).toEqual([]);
    // The marketplace page shows extension/readme.md, links made absolute by the packaging.
    const links = markdownLinks(zipRead(vsix(), 'extension/readme.md'));
    expect(links.filter((l) => l.image).length).toBeGreaterThanOrEqual(2);
    for (const { href } of links) expect(checkRepositoryUrl(href), href).toBeUndefined();
    expect(zipRead(vsix(), 'extension/changelog.md')).toMatch(/^## \d+\.\d+\.\d+$/m);
  });
});

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** The third-party packages esbuild put bytes of into a folder's bundles, read from its metafile.json. */
function bundledPackages(distFolder: string): Map<string, string> {
  const packages = new Map<string, string>(); // name@version -> folder
  const metafiles: Metafile[] = JSON.parse(readFileSync(join(distFolder, 'metafile.json'), 'utf8'));
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        if (bytesInOutput === 0) continue;
        const path = resolve(dirname(distFolder), input);
        const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
        if (match) {
          const manifest = JSON.parse(readFileSync(join(match[1]!, 'package.json'), 'utf8'));
          packages.set(`${manifest.name}@${manifest.version}`, match[1]!);
        } else if (/language-server\/dist\/[^/]+\.js$/.test(path)) {
          // The extension re-bundles the language server's bundle: what that carries, this carries.
          for (const [key, folder] of bundledPackages(dirname(path))) packages.set(key, folder);
        }
      }
    }
  }
  return packages;
}

describe('third-party notices', () => {
  const bundles = [
    { name: 'CLI', dist: 'packages/cli/dist', notices: () => tarRead(tarball('ilacs-cli'), 'package/dist/THIRD-PARTY-NOTICES.txt') },
    {
      name: 'language server',
      dist: 'packages/language-server/dist',
      notices: () => tarRead(tarball('ilacs-language-server'), 'package/dist/THIRD-PARTY-NOTICES.txt'),
    },
    { name: 'VSIX', dist: 'apps/vscode/dist', notices: () => zipRead(vsix(), 'extension/dist/THIRD-PARTY-NOTICES.txt') },
  ];

  it.each(bundles)('the $name ships a notice, with the licence text, for every package bundled into it', ({ dist, notices }) => {
    const text = notices();
    const packages = bundledPackages(join(source, dist));
    expect(packages.size).toBeGreaterThan(5);
    for (const [key, folder] of packages) {
      const [name, packageVersion] = [key.slice(0, key.lastIndexOf('@')), key.slice(key.lastIndexOf('@') + 1)];
      expect(text, key).toMatch(
        new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${packageVersion.replaceAll('.', '\\.')} \\(`, 'm'),
      );
      const licences = readdirSync(folder).filter((file) => /^(licen[cs]e|copying)/i.test(file));
      for (const licence of licences)
        expect(text, `${key} ${licence}`).toContain(readFileSync(join(folder, licence), 'utf8').replace(/\r\n/g, '\n').trimEnd());
      if (licences.length === 0) expect(text, key).toMatch(/Copyright|Permission/);
    }
  });

  it("the CLI carries diff's BSD notice, which its licence requires", () => {
    expect(
      bundledPackages(join(source, 'packages/cli/dist')).has(
        `diff@${JSON.parse(readFileSync(join(repoRoot, 'packages/cli/node_modules/diff/package.json'), 'utf8')).version}`,
      ),
    ).toBe(true);
    expect(bundles[0]!.notices()).toMatch(/^diff \S+ \(BSD-3-Clause\)$/m);
    expect(bundles[0]!.notices()).toContain('Redistributions of source code must retain the above copyright notice');
  });
});

const skipPreCommit = ensurePreCommit();
if (skipPreCommit) console.warn(`Skipping the pre-commit release test: ${skipPreCommit}.`);

describe('the prebuilt tree (tag v<version>)', () => {
  it('holds the bundle, its notices, the action and the hook, and nothing to build', () => {
    expect(release.status, release.output).toBe(0);
    const files = git(source, 'ls-tree', '-r', '--name-only', `v${version()}`).trim().split('\n').sort();
    expect(files).toEqual([
      '.pre-commit-hooks.yaml',
      'LICENSE',
      'README.md',
      'action.yml',
      'package.json',
      'packages/cli/dist/THIRD-PARTY-NOTICES.txt',
      'packages/cli/dist/ilacs.js',
      'scripts/action/lint.mjs',
    ]);
    const manifest = JSON.parse(git(source, 'show', `v${version()}:package.json`));
    expect(manifest).not.toHaveProperty('scripts');
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(git(source, 'rev-parse', `v${version().split('.')[0]}`)).toBe(git(source, 'rev-parse', `v${version()}`));
  });

  it.skipIf(skipPreCommit !== undefined)(
    'installs as a pre-commit hook without building, blocks a broken draft and passes the fixed one',
    () => {
      const repo = join(scratch, 'reports');
      mkdirSync(repo);
      git(repo, 'init', '-q');
      writeFileSync(
        join(repo, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${source}\n    rev: v${version()}\n    hooks:\n      - id: ilacs-lint\n`,
      );
      const env = { ...process.env, PRE_COMMIT_HOME: join(scratch, 'pre-commit-cache'), CI: 'true' };
      execFileSync('pre-commit', ['install', '--install-hooks'], { cwd: repo, env, stdio: 'pipe' });
      // What pre-commit checked out is the prebuilt tree: no workspace, no sources, nothing to build.
      const [cached] = readdirSync(join(scratch, 'pre-commit-cache')).filter((name) => name.startsWith('repo'));
      expect(existsSync(join(scratch, 'pre-commit-cache', cached!, 'packages/cli/dist/ilacs.js'))).toBe(true);
      expect(existsSync(join(scratch, 'pre-commit-cache', cached!, 'packages/core'))).toBe(false);
      expect(existsSync(join(scratch, 'pre-commit-cache', cached!, 'pnpm-lock.yaml'))).toBe(false);

      const draft = corpusDrafts()[0]!.text;
      writeFileSync(join(repo, 'report.md'), draft.replace(/^local_authority: .*$/m, 'local_authority: Narnia'));
      git(repo, 'add', '-A');
      const blocked = commit(repo, env);
      expect(blocked.status, blocked.output).not.toBe(0);
      expect(blocked.output).toContain('Unknown local authority "Narnia"');

      writeFileSync(join(repo, 'report.md'), draft);
      git(repo, 'add', '-A');
      const committed = commit(repo, env);
      expect(committed.status, committed.output).toBe(0);
      expect(committed.output).toMatch(/ilacs lint\.+Passed/);
    },
    300_000,
  );
});

describe('changesets', () => {
  it('moves the shipped packages to one new version, each with its changelog entry', () => {
    const before = version();
    writeFileSync(join(source, '.changeset/release-test.md'), '---\n"@ilacs/cli": patch\n---\n\nA change made by the release test.\n');
    execFileSync(join(repoRoot, 'node_modules/.bin/changeset'), ['version'], { cwd: source, stdio: 'pipe' });
    const versions = shipped.map((folder) => JSON.parse(readFileSync(join(source, folder, 'package.json'), 'utf8')).version as string);
    expect(new Set(versions).size).toBe(1);
    expect(versions[0]).not.toBe(before);
    for (const folder of shipped) expect(readFileSync(join(source, folder, 'CHANGELOG.md'), 'utf8'), folder).toContain(`## ${versions[0]}`);
    expect(readFileSync(join(source, 'packages/cli/CHANGELOG.md'), 'utf8')).toContain('A change made by the release test.');
    expect(existsSync(join(source, '.changeset/release-test.md'))).toBe(false);
    for (const folder of ['tests', 'apps/web-checker']) {
      expect(readFileSync(join(source, folder, 'package.json'), 'utf8')).toBe(readFileSync(join(repoRoot, folder, 'package.json'), 'utf8'));
    }
  });
});
