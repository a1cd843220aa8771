// Bundles the CLI into one file: one module to load makes a cold start fast. The conversion code of
// `ilacs import` and `ilacs export` (pdf.js, mammoth, docx, pdfkit: several times the size of the rest)
// is a second bundle beside it, loaded only when one of those commands runs, so `ilacs lint` loads
// exactly what it did before. The rule docs (docs/rules/*.md, which `ilacs rules <id>` prints) go in as
// text, and the third-party code in both bundles is listed with its licences in
// dist/THIRD-PARTY-NOTICES.txt.
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { commonJsShim, convertBeside, convertBundleOptions } from '../../../scripts/convert-bundle.mjs';
import { writeThirdPartyNotices } from '../../../scripts/third-party-notices.mjs';

// The licences travel whole in the notices file rather than as scattered comments.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
};

const main = await build({
  ...common,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/ilacs.js',
  loader: { '.md': 'text' },
  banner: { js: `#!/usr/bin/env node\n${commonJsShim}` },
  plugins: [convertBeside('./ilacs-convert.js')],
});
const convert = await build({
  ...convertBundleOptions(fileURLToPath(new URL('..', import.meta.url))),
  sourcemap: true,
  entryPoints: { 'ilacs-convert': '@ilacs/convert' },
  outdir: 'dist',
});
// Executable, so that a checkout can link to it directly (npm sets the bit only when it installs a bin).
chmodSync('dist/ilacs.js', 0o755);
writeThirdPartyNotices({ product: 'ilacs (@ilacs/cli)', metafiles: [main.metafile, convert.metafile], folder: 'dist' });
