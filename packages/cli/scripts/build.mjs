// Bundles the CLI into one file: one module to load makes a cold start fast. The rule docs
// (docs/rules/*.md, which `ilacs rules <id>` prints) go in as text, and the third-party code that goes
// in is listed with its licences in dist/THIRD-PARTY-NOTICES.txt.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';
import { writeThirdPartyNotices } from '../../../scripts/third-party-notices.mjs';

const { metafile } = await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/ilacs.js',
  loader: { '.md': 'text' },
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
  // The licences travel whole in the notices file rather than as scattered comments.
  legalComments: 'none',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
// Executable, so that a checkout can link to it directly (npm sets the bit only when it installs a bin).
chmodSync('dist/ilacs.js', 0o755);
writeThirdPartyNotices({ product: 'ilacs (@ilacs/cli)', metafiles: [metafile], folder: 'dist' });
