// Bundles the CLI into one file: one module to load makes a cold start fast.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/ilacs.js',
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __ilacsCreateRequire } from 'node:module';\nconst require = __ilacsCreateRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
