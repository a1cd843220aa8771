// The prebuilt distribution tree: what the GitHub Action and the pre-commit hook need and nothing
// else (the CLI bundle, its notices, action.yml, .pre-commit-hooks.yaml and a package.json without
// dependencies or install scripts). A release commits it as the tree of the tag v<version>, so
// `uses: ilacs-tools/ilacs-tools@v<version>` and pre-commit's `rev: v<version>` install in seconds
// and build nothing; a commit of the source tree still works through the root postinstall, slowly.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files copied from the built repository, at the same paths, so action.yml and "bin" work unchanged. */
export const distTreeFiles = [
  'action.yml',
  '.pre-commit-hooks.yaml',
  'LICENSE',
  'packages/cli/dist/ilacs.js',
  'packages/cli/dist/THIRD-PARTY-NOTICES.txt',
  'scripts/action/lint.mjs',
];

const manifestFields = ['name', 'description', 'license', 'repository', 'homepage', 'bugs', 'type', 'bin', 'engines'];

/** The version the tree carries: the CLI's (the released packages share one version). */
export function releaseVersion(root) {
  return JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;
}

/** Writes the tree for the repository at `root` (built) into `outDir`, replacing what was there. */
export function writeDistTree(root, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  for (const file of distTreeFiles) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    copyFileSync(join(root, file), join(outDir, file));
  }
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = Object.fromEntries(manifestFields.filter((field) => field in rootManifest).map((field) => [field, rootManifest[field]]));
  Object.assign(manifest, { version: releaseVersion(root), files: distTreeFiles.filter((file) => file.startsWith('packages/')) });
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const repository = rootManifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  writeFileSync(
    join(outDir, 'README.md'),
    `# ilacs-tools ${manifest.version}, prebuilt

The \`ilacs\` command-line tool as one bundled file, for the GitHub Action (\`action.yml\`) and the
pre-commit hook (\`.pre-commit-hooks.yaml\`) of [ilacs-tools](${repository}). Nothing here is built at
install time. The sources, documentation and "Use it in CI" recipes are in the repository.
`,
  );
}

/**
 * Commits the tree in `outDir` to the git repository at `root` without touching its working tree or
 * index, with the source commit as parent and its date (so the same sources give the same commit),
 * and points each of `tags` at it (the first names it). Returns the commit id.
 */
export function commitDistTree(root, outDir, tags) {
  const git = (args, options = {}) => execFileSync('git', args, { cwd: root, encoding: 'utf8', ...options }).trim();
  const gitDir = git(['rev-parse', '--absolute-git-dir']);
  const index = join(mkdtempSync(join(tmpdir(), 'ilacs-dist-index-')), 'index');
  try {
    const inTree = { cwd: outDir, env: { ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: outDir, GIT_INDEX_FILE: index } };
    git(['add', '--all', '--force', '.'], inTree);
    const tree = git(['write-tree'], inTree);
    const source = git(['rev-parse', 'HEAD']);
    const date = git(['log', '-1', '--format=%cI', source]);
    const person = { NAME: 'ilacs release', EMAIL: 'release@ilacs-tools.invalid', DATE: date };
    const identity = Object.fromEntries(
      ['AUTHOR', 'COMMITTER'].flatMap((role) => Object.entries(person).map(([key, value]) => [`GIT_${role}_${key}`, value])),
    );
    const commit = git(['commit-tree', tree, '-p', source, '-m', `Prebuilt ${tags[0]} from ${source}`], {
      env: { ...process.env, ...identity },
    });
    for (const tag of tags) git(['tag', '--force', tag, commit]);
    return commit;
  } finally {
    rmSync(dirname(index), { recursive: true, force: true });
  }
}
