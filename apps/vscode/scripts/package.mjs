// Packs the built extension into a .vsix with @vscode/vsce and holds it to the size budget.
// The bundles carry everything, so no node_modules go in (--no-dependencies); .vscodeignore lists
// exactly what ships.
//
// The same sources give the same bytes: every entry gets one timestamp (SOURCE_DATE_EPOCH, by default
// the time of the last commit) and vsce then sorts the entries. README links and images are made
// absolute from package.json's `repository` (its `directory` included, which vsce's own guess
// leaves out, so the marketplace page would look for the screenshots at the repository root).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createVSIX, listFiles } from '@vscode/vsce';

const maxBytes = 1024 * 1024;
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const { name, version, repository } = manifest;
const packagePath = process.env.ILACS_VSIX_PATH ?? `${name}-${version}.vsix`;

for (const file of ['dist/extension.js', 'dist/browser-extension.js', 'dist/server.mjs', 'dist/browser-server.js', 'dist/ilacsrc.schema.json', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/docs/rules/title.md']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: build first (pnpm build).`);
    process.exit(1);
  }
}

/** The repository's web address and this package's folder in it, from package.json. */
function repositoryFolder() {
  const url = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  return { url, folder: repository.directory ?? '' };
}

function lastCommitTime() {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

process.env.SOURCE_DATE_EPOCH ||= lastCommitTime() || '315532800'; // 1980-01-01, the earliest a zip can say

const { url, folder } = repositoryFolder();
await createVSIX({
  packagePath,
  dependencies: false,
  baseContentUrl: `${url}/blob/HEAD/${folder}`,
  baseImagesUrl: `${url}/raw/HEAD/${folder}`,
});
const files = await listFiles({ dependencies: false });
const bytes = statSync(packagePath).size;
console.log(`${packagePath}: ${(bytes / 1024).toFixed(0)} KiB, ${files.length} files: ${files.join(', ')}`);
if (bytes > maxBytes) {
  console.error(`${packagePath} is ${bytes} bytes, over the ${maxBytes}-byte budget.`);
  process.exit(1);
}
