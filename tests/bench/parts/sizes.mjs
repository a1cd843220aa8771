// Part 6: sizes. The core as another app gets it (bundled, tree-shaken, minified for the browser), the language
// server bundles, and the VS Code extension package when one has been built.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchDir, browserServerBundle, serverBundle, vscodeExtensionDir } from '../lib/paths.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bundles a one-line app that imports from the core, as a browser app's bundler would. */
async function bundledApp(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: benchDir, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { bytes: result.outputFiles[0].contents, contributors: contributorsOf(result.metafile) };
}

/** Minified bytes per package (or the core's own folders), largest first, from esbuild's metafile. */
function contributorsOf(metafile) {
  const totals = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const inPackage = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
      const inCore = /core\/dist\/([^/]+)/.exec(path);
      const owner = inPackage ? inPackage[1] : inCore ? `@ilacs/core ${inCore[1].replace(/\.js$/, '')}` : path;
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function sizeRow(label, bytes) {
  return bytes === undefined ? [label, 'not built', '-'] : [label, kb(bytes.length), kb(gzipSync(bytes).length)];
}

function readIfBuilt(path) {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** The newest .vsix anywhere under the extension folder's top level or its dist/. */
function findVsix() {
  const places = [vscodeExtensionDir, join(vscodeExtensionDir, 'dist')].filter((dir) => existsSync(dir));
  const packages = places.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.vsix'))
      .map((name) => join(dir, name)),
  );
  if (packages.length === 0) return undefined;
  return packages.reduce((newest, path) => (statSync(path).mtimeMs > statSync(newest).mtimeMs ? path : newest));
}

export default {
  id: 'sizes',
  title: 'Sizes',
  async run() {
    const { bytes: linter, contributors } = await bundledApp(
      `import { lintText } from '@ilacs/core';\nexport const lint = (text) => lintText(text).diagnostics;\n`,
    );
    const { bytes: frameworkOnly } = await bundledApp(
      `import { ilacs2026, judgementAreas } from '@ilacs/core/framework';\nexport const data = [ilacs2026, judgementAreas];\n`,
    );
    const vsixPath = findVsix();
    const vsix = vsixPath ? readFileSync(vsixPath) : undefined;
    const server = readIfBuilt(serverBundle);
    return {
      table: {
        columns: ['artefact', 'size', 'gzipped'],
        rows: [
          sizeRow('core in an app calling lintText (tree-shaken, minified)', linter),
          sizeRow('core in an app using only the framework data', frameworkOnly),
          sizeRow('language server bundle (dist/server.js, as built)', server),
          sizeRow('language server web-worker bundle (dist/browser-server.js)', readIfBuilt(browserServerBundle)),
          // A VSIX is a zip already: its size is what users download.
          vsix === undefined
            ? ['VS Code extension (.vsix)', 'not built', '-']
            : [`VS Code extension (${vsixPath.slice(vscodeExtensionDir.length)})`, kb(vsix.length), '(zip)'],
        ],
      },
      figures: {
        coreLintAppBytes: linter.length,
        coreLintAppGzipBytes: gzipSync(linter).length,
        serverBytes: server?.length,
        vsixBytes: vsix?.length,
      },
      budgets: [],
      notes: [
        'The core is bundled with esbuild for the browser from a one-line app, so only what that app reaches is counted.',
        `Largest parts of the lintText app, minified: ${contributors
          .slice(0, 6)
          .map(([owner, bytes]) => `${owner} ${kb(bytes)}`)
          .join(', ')}.`,
      ],
    };
  },
};
