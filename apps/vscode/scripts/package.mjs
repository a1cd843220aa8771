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
import { deflateRawSync } from 'node:zlib';
import { createVSIX, listFiles } from '@vscode/vsce';

/**
 * Two budgets. What activation and checking load (clients, servers, preview, docs) stays under 1 MiB;
 * the PDF and Word conversion (dist/convert.mjs, nine-tenths pdf.js and pdfkit's fonts), read only
 * when a document is imported or exported, adds at most 1.25 MiB more.
 */
const maxBytes = 1024 * 1024;
const conversionFile = 'dist/convert.mjs';
const maxConversionBytes = 1.25 * 1024 * 1024;
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const { name, version, repository } = manifest;
const packagePath = process.env.ILACS_VSIX_PATH ?? `${name}-${version}.vsix`;

for (const file of [
  'dist/extension.js',
  'dist/browser-extension.js',
  'dist/server.mjs',
  'dist/browser-server.js',
  'dist/convert.mjs',
  'dist/markdown-preview.js',
  'dist/draft-preview.css',
  'dist/ilacsrc.schema.json',
  'dist/THIRD-PARTY-NOTICES.txt',
  'dist/docs/rules/title.md',
]) {
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
// The zip entry's size, near enough: vsce deflates at the default level too.
const conversionBytes = deflateRawSync(readFileSync(conversionFile)).length;
console.log(`  of which ${conversionFile}, loaded only to import or export: ${(conversionBytes / 1024).toFixed(0)} KiB`);
if (bytes - conversionBytes > maxBytes) {
  console.error(`${packagePath} is ${bytes - conversionBytes} bytes without ${conversionFile}, over the ${maxBytes}-byte budget.`);
  process.exit(1);
}
if (conversionBytes > maxConversionBytes) {
  console.error(`${conversionFile} is ${conversionBytes} bytes compressed, over its ${maxConversionBytes}-byte budget.`);
  process.exit(1);
}
