// Bundles the server into single files so the VS Code extension can ship it without node_modules:
// dist/server.js (Node, stdio/ipc) and dist/browser-server.js (a web worker, for vscode.dev), and
// dist/protocol.js, the names of the ILACS messages that clients import. The PDF and Word conversion
// (import and export) is dist/convert.mjs beside the Node server, loaded on the first such request. The
// third-party code the bundles carry is listed with its licences in dist/THIRD-PARTY-NOTICES.txt.
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { convertBeside, convertBundleOptions } from '../../../scripts/convert-bundle.mjs';
import { writeThirdPartyNotices } from '../../../scripts/third-party-notices.mjs';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none', metafile: true };

const node = await build({
  ...common,
  entryPoints: ['src/node-main.ts'],
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/server.js',
  // vscode-languageserver is CommonJS: give the ESM bundle a require for its Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __ilacsCreateRequire } from 'node:module';\nconst require = __ilacsCreateRequire(import.meta.url);",
  },
  plugins: [convertBeside('./convert.mjs')],
});

const convert = await build({
  ...convertBundleOptions(fileURLToPath(new URL('..', import.meta.url))),
  entryPoints: ['@ilacs/convert'],
  outfile: 'dist/convert.mjs',
});

chmodSync('dist/server.js', 0o755);

const browser = await build({
  ...common,
  entryPoints: ['src/browser-main.ts'],
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  outfile: 'dist/browser-server.js',
});

// The ILACS protocol additions (message names and shapes), for clients: no dependencies, not bundled.
await build({
  ...common,
  metafile: false,
  entryPoints: ['src/protocol.ts'],
  platform: 'neutral',
  format: 'esm',
  outfile: 'dist/protocol.js',
  bundle: false,
});

writeThirdPartyNotices({
  product: 'ilacs-language-server (@ilacs/language-server)',
  metafiles: [node.metafile, browser.metafile, convert.metafile],
  folder: 'dist',
});
