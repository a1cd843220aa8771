// Bundles the CLI into one file: one module to load makes a cold start fast. The conversion code of
// `ilacs import` and `ilacs export` (pdf.js, mammoth, docx, pdfkit: several times the size of the rest)
// is a second bundle beside it, loaded only when one of those commands runs, so `ilacs lint` loads
// exactly what it did before. The rule docs (docs/rules/*.md, which `ilacs rules <id>` prints) go in as
// text, and the third-party code in both bundles is listed with its licences in
// dist/THIRD-PARTY-NOTICES.txt.
import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { writeThirdPartyNotices } from '../../../scripts/third-party-notices.mjs';

// CommonJS dependencies bundled into ESM still reach for require and __filename.
const commonJsShim = [
  "import { createRequire as __ilacsCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ilacsFileURLToPath } from 'node:url';",
  'const require = __ilacsCreateRequire(import.meta.url);',
  'const __filename = __ilacsFileURLToPath(import.meta.url);',
].join('\n');

// The licences travel whole in the notices file rather than as scattered comments.
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', sourcemap: true, metafile: true, legalComments: 'none', logLevel: 'warning' };

/** `import('@ilacs/convert')` in the CLI becomes the bundle beside it, resolved at run time. */
const convertBesideMain = {
  name: 'convert-beside-main',
  setup(context) {
    context.onResolve({ filter: /^@ilacs\/convert$/ }, () => ({ path: './ilacs-convert.js', external: true }));
  },
};

/**
 * pdfkit's Node build reads its font metrics from files beside itself, which a bundle does not have;
 * its browser build takes them from data modules (registered by @ilacs/convert), so it bundles whole.
 */
const convertRequire = createRequire(join(dirname(createRequire(import.meta.url).resolve('@ilacs/convert')), 'index.js'));
const pdfkitBrowserBuild = {
  name: 'pdfkit-browser-build',
  setup(context) {
    const browserBuild = join(dirname(convertRequire.resolve('pdfkit')), 'pdfkit.browser.mjs');
    context.onResolve({ filter: /^pdfkit$/ }, () => ({ path: browserBuild }));
  },
};

const main = await build({
  ...common,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/ilacs.js',
  loader: { '.md': 'text' },
  banner: { js: `#!/usr/bin/env node\n${commonJsShim}` },
  plugins: [convertBesideMain],
});
const convert = await build({
  ...common,
  entryPoints: { 'ilacs-convert': '@ilacs/convert' },
  outdir: 'dist',
  // Minified: most of it is pdf.js, whose parse time is what an import waits for first.
  minify: true,
  banner: { js: commonJsShim },
  plugins: [pdfkitBrowserBuild],
});
// Executable, so that a checkout can link to it directly (npm sets the bit only when it installs a bin).
chmodSync('dist/ilacs.js', 0o755);
writeThirdPartyNotices({ product: 'ilacs (@ilacs/cli)', metafiles: [main.metafile, convert.metafile], folder: 'dist' });
