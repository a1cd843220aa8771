// Packs the built extension into a .vsix with @vscode/vsce and holds it to the size budget.
// The bundles carry everything, so no node_modules go in (--no-dependencies); .vscodeignore lists
// exactly what ships.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createVSIX, listFiles } from '@vscode/vsce';

const maxBytes = 1024 * 1024;
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const packagePath = process.env.ILACS_VSIX_PATH ?? `${name}-${version}.vsix`;

for (const file of ['dist/extension.js', 'dist/browser-extension.js', 'dist/server.mjs', 'dist/browser-server.js', 'dist/ilacsrc.schema.json', 'dist/docs/rules/grade-case.md']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: build first (pnpm build).`);
    process.exit(1);
  }
}

await createVSIX({ packagePath, dependencies: false });
const files = await listFiles({ dependencies: false });
const bytes = statSync(packagePath).size;
console.log(`${packagePath}: ${(bytes / 1024).toFixed(0)} KiB, ${files.length} files: ${files.join(', ')}`);
if (bytes > maxBytes) {
  console.error(`${packagePath} is ${bytes} bytes, over the ${maxBytes}-byte budget.`);
  process.exit(1);
}
