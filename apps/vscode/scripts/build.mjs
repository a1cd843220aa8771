// Bundles the extension with esbuild: the client for the desktop (Node) and the web, the language
// server for both (re-bundled and minified from @ilacs/language-server, so the .vsix needs no
// node_modules), and the JSON Schema for .ilacsrc files, generated from the core's zod schema. The
// rule docs go in as Markdown (dist/docs/rules/<id>.md, the repository's own layout), so a rule's
// page opens inside the editor; the third-party code in the bundles is listed with its licences in
// dist/THIRD-PARTY-NOTICES.txt.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { configJsonSchema } from '@ilacs/core';
import { build } from 'esbuild';
import { writeThirdPartyNotices } from '../../../scripts/third-party-notices.mjs';

const require = createRequire(import.meta.url);
const production = !process.argv.includes('--dev');
const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none', metafile: true };

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');

const results = await Promise.all([
  build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: ['src/browser-extension.ts'],
    outfile: 'dist/browser-extension.js',
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    external: ['vscode'],
  }),
  // The server bundle is ESM (it is an .mjs file here); its own banner gives it `require` for Node built-ins.
  build({ ...common, entryPoints: [require.resolve('@ilacs/language-server')], outfile: 'dist/server.mjs', platform: 'node', target: 'node20', format: 'esm' }),
  build({
    ...common,
    entryPoints: [require.resolve('@ilacs/language-server/browser')],
    outfile: 'dist/browser-server.js',
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
  }),
]);

writeFileSync('dist/ilacsrc.schema.json', `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
cpSync('../../docs/rules', 'dist/docs/rules', { recursive: true });
writeThirdPartyNotices({ product: 'The ILACS report drafts extension for VS Code', metafiles: results.map((r) => r.metafile), folder: 'dist' });
