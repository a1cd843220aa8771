// Bundles the server into single files so the VS Code extension can ship it without node_modules:
// dist/server.js (Node, stdio/ipc) and dist/browser-server.js (a web worker, for vscode.dev), and
// dist/protocol.js, the names of the ILACS messages that clients import.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

await build({
  ...common,
  entryPoints: ['src/node-main.ts'],
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/server.js',
  // vscode-languageserver is CommonJS: give the ESM bundle a require for its Node built-ins.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __ilacsCreateRequire } from 'node:module';\nconst require = __ilacsCreateRequire(import.meta.url);" },
});

chmodSync('dist/server.js', 0o755);

await build({
  ...common,
  entryPoints: ['src/browser-main.ts'],
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  outfile: 'dist/browser-server.js',
});

// The ILACS protocol additions (message names and shapes), for clients: no dependencies, not bundled.
await build({ ...common, entryPoints: ['src/protocol.ts'], platform: 'neutral', format: 'esm', outfile: 'dist/protocol.js', bundle: false });
