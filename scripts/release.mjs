// Builds and packs everything a release ships into one folder (release/ by default):
//   - an npm tarball per public package (pnpm pack, which turns workspace:* into real versions),
//   - the VS Code extension (.vsix),
//   - dist-tree/, the prebuilt tree for the GitHub Action and the pre-commit hook (scripts/dist-tree.mjs),
//   - SHA256SUMS over the tarballs and the .vsix.
//
//   node scripts/release.mjs [--out <folder>] [--verify] [--tag]
//
// --verify rebuilds the bundles, packs everything a second time into a scratch folder and fails unless
// every file is byte-for-byte the same: a release can be rebuilt from its sources and checked.
// --tag commits dist-tree/ as the tag v<version> (and moves v<major>), ready to push.
// Run `pnpm changeset version` first: this script packs the versions it finds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commitDistTree, releaseVersion, writeDistTree } from './dist-tree.mjs';
import { readManifest, repositoryRoot as root, workspaceFolders } from './workspace.mjs';

const pnpm = ['--yes', 'pnpm@10.34.8'];
const vscodeFolder = join(root, 'apps/vscode');
/** Packages whose build is an esbuild bundle, in dependency order: --verify rebuilds these. */
const bundledFolders = ['packages/cli', 'packages/language-server', 'apps/vscode'].map((folder) => join(root, folder));

const run = (command, args, cwd = root, env = {}) =>
  execFileSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

function build() {
  // Through pnpm, which turbo needs on the PATH to find the workspace.
  run('npx', [
    ...pnpm,
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@ilacs/cli...',
    '--filter=@ilacs/language-server...',
    '--filter=ilacs-drafts...',
    '--output-logs=errors-only',
  ]);
}

/** Packs every artifact into `out` (created empty) and returns their names. */
export function packAll(out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const folders = workspaceFolders(root);
  const versions = new Map(folders.map((folder) => [readManifest(folder).name, readManifest(folder).version]));
  for (const folder of folders) {
    if (readManifest(folder).private) continue;
    withWorkspaceVersions(folder, versions, () => run('npx', [...pnpm, 'pack', '--pack-destination', out], folder));
  }
  const { name, version } = readManifest(vscodeFolder);
  run(process.execPath, ['scripts/package.mjs'], vscodeFolder, { ILACS_VSIX_PATH: join(out, `${name}-${version}.vsix`) });
  writeDistTree(root, join(out, 'dist-tree'));
  const artifacts = readdirSync(out)
    .filter((file) => /\.(tgz|vsix)$/.test(file))
    .sort();
  const sums = artifacts.map(
    (file) =>
      `${createHash('sha256')
        .update(readFileSync(join(out, file)))
        .digest('hex')}  ${file}`,
  );
  writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  return artifacts;
}

/**
 * Runs `pack` with the package's `workspace:` dependencies written as the versions they stand for.
 * pnpm makes the same replacement itself, but writes the replaced dependencies in the order its
 * lookups finish, which differs from run to run: the manifest, and so the tarball, did not reproduce.
 * The manifest is put back as it was, whatever happens.
 */
function withWorkspaceVersions(folder, versions, pack) {
  const file = join(folder, 'package.json');
  const original = readFileSync(file, 'utf8');
  const manifest = JSON.parse(original);
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
      const workspace = /^workspace:([\^~*]?)$/.exec(String(range));
      if (!workspace || !versions.has(dependency)) continue;
      const prefix = workspace[1] === '*' || workspace[1] === '' ? '' : workspace[1];
      manifest[field][dependency] = `${prefix}${versions.get(dependency)}`;
    }
  }
  try {
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    pack();
  } finally {
    writeFileSync(file, original);
  }
}

/** Every file under `folder`, relative to it. */
function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((file) => String(file))
    .filter((file) => statSync(join(folder, file)).isFile())
    .sort();
}

/** The files that differ between two packed folders (missing on either side counts). */
export function differences(first, second) {
  const a = filesUnder(first);
  const b = filesUnder(second);
  const all = [...new Set([...a, ...b])].sort();
  return all.filter(
    (file) => !a.includes(file) || !b.includes(file) || !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
  );
}

/** A changed tarball named with the entries that changed inside it, to say what to look at. */
function explain(file, first, second) {
  if (!file.endsWith('.tgz')) return file;
  const scratch = mkdtempSync(join(tmpdir(), 'ilacs-release-explain-'));
  try {
    const unpack = (folder, name) => {
      mkdirSync(join(scratch, name));
      execFileSync('tar', ['-xzf', join(folder, file), '-C', join(scratch, name)]);
      return join(scratch, name);
    };
    const [a, b] = [unpack(first, 'a'), unpack(second, 'b')];
    const changed = differences(a, b);
    // A changed manifest is small: show its lines that differ, which say at once what moved.
    const manifests = changed
      .filter((entry) => entry.endsWith('package.json'))
      .map((entry) => {
        const [before, after] = [a, b].map((side) => readFileSync(join(side, entry), 'utf8').split('\n'));
        const lines = [
          ...before.filter((line) => !after.includes(line)).map((l) => `- ${l}`),
          ...after.filter((line) => !before.includes(line)).map((l) => `+ ${l}`),
        ];
        return `\n${entry}:\n${lines.slice(0, 20).join('\n')}`;
      });
    return `${file} (${changed.join(', ')})${manifests.join('')}`;
  } catch {
    return file;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const isMain = resolve(process.argv[1] ?? '') === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, verify: { type: 'boolean' }, tag: { type: 'boolean' } } });
  const out = resolve(values.out ?? join(root, 'release'));
  build();
  const artifacts = packAll(out);
  console.log(`${relative(process.cwd(), out) || '.'}: ${artifacts.join(', ')}, dist-tree/, SHA256SUMS`);
  if (values.verify) {
    for (const folder of bundledFolders) run(process.execPath, ['scripts/build.mjs'], folder);
    const again = mkdtempSync(join(tmpdir(), 'ilacs-release-again-'));
    try {
      packAll(again);
      const changed = differences(out, again);
      if (changed.length > 0) {
        console.error(
          `Not reproducible: rebuilding and packing again changed ${changed.map((file) => explain(file, out, again)).join(', ')}.`,
        );
        process.exit(1);
      }
      console.log(`Reproducible: a rebuild packed the same bytes (${filesUnder(out).length} files).`);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }
  if (values.tag) {
    const version = releaseVersion(root);
    const tags = [`v${version}`, `v${version.split('.')[0]}`];
    const commit = commitDistTree(root, join(out, 'dist-tree'), tags);
    console.log(`Tagged ${tags.join(' and ')} at ${commit}: push them with "git push --force origin ${tags.join(' ')}".`);
  }
}
