// How @ilacs/convert is bundled for Node, shared by the CLI and the language server: a file of its own
// beside the main bundle, which `import('@ilacs/convert')` in the main bundle loads only when a
// document is imported or exported (pdf.js, mammoth, docx and pdfkit are several times the size of the
// rest). pdfkit's Node build reads its font metrics from files beside itself, which a bundle does not
// have; its browser build takes them from data modules (registered by @ilacs/convert), so it bundles whole.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** CommonJS dependencies bundled into ESM still reach for require and __filename. */
export const commonJsShim = [
  "import { createRequire as __ilacsCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ilacsFileURLToPath } from 'node:url';",
  'const require = __ilacsCreateRequire(import.meta.url);',
  'const __filename = __ilacsFileURLToPath(import.meta.url);',
].join('\n');

/** An esbuild plugin for the main bundle: `import('@ilacs/convert')` becomes `import(file)`, resolved at run time. */
export function convertBeside(file) {
  return {
    name: 'convert-beside-main',
    setup(context) {
      context.onResolve({ filter: /^@ilacs\/convert$/ }, () => ({ path: file, external: true }));
    },
  };
}

/**
 * esbuild options for the conversion bundle itself, for a package (its folder `packageFolder`) that
 * depends on @ilacs/convert: minified, as most of it is pdf.js, whose parse time is what an import waits for first.
 */
export function convertBundleOptions(packageFolder) {
  const fromPackage = createRequire(join(packageFolder, 'package.json'));
  const convertRequire = createRequire(join(dirname(fromPackage.resolve('@ilacs/convert')), 'index.js'));
  const browserBuild = join(dirname(convertRequire.resolve('pdfkit')), 'pdfkit.browser.mjs');
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: commonJsShim },
    plugins: [
      {
        name: 'pdfkit-browser-build',
        setup(context) {
          context.onResolve({ filter: /^pdfkit$/ }, () => ({ path: browserBuild }));
        },
      },
      {
        // fontkit decodes WOFF2 fonts with brotli (about 475 KiB); exports use the PDF standard fonts
        // only, so it is left out, and a WOFF2 font, should one ever be asked for, fails with this message.
        name: 'no-woff2-fonts',
        setup(context) {
          context.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli-decompress', namespace: 'ilacs-left-out' }));
          context.onLoad({ filter: /.*/, namespace: 'ilacs-left-out' }, () => ({
            contents:
              "export default function decompress() { throw new Error('WOFF2 fonts are not bundled: exports use the PDF standard fonts.'); }",
            loader: 'js',
          }));
        },
      },
    ],
  };
}
