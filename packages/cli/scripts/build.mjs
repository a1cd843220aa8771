// Bundles the CLI into one file: one module to load makes a cold start fast.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/ilacs.js',
  // CommonJS dependencies bundled into ESM still reach for require and __filename.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __ilacsCreateRequire } from 'node:module';",
      "import { fileURLToPath as __ilacsFileURLToPath } from 'node:url';",
      'const require = __ilacsCreateRequire(import.meta.url);',
      'const __filename = __ilacsFileURLToPath(import.meta.url);',
    ].join('\n'),
  },
  sourcemap: true,
  logLevel: 'warning',
});
// Executable, so that a checkout can link to it directly (npm sets the bit only when it installs a bin).
chmodSync('dist/ilacs.js', 0o755);
