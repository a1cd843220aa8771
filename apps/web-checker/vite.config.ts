import { defineConfig, type Plugin } from 'vite';
import { writeThirdPartyNotices } from '../../scripts/third-party-notices.mjs';

/**
 * The built page may load its own files and nothing else: no fetch, no XHR, no WebSocket, no form
 * posts. This is what makes "nothing is uploaded" true rather than a promise. Build only, because the
 * dev server needs a WebSocket for hot reload.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'ilacs-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The page ships third-party code (zod, yaml, markdown-it, ...): list it with its licences in
 * dist/THIRD-PARTY-NOTICES.txt, from what Rollup put into the bundle, as the other bundles do from
 * esbuild's metafile (the same notices code reads this shape).
 */
function thirdPartyNotices(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ilacs-third-party-notices',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    writeBundle(_options, bundle) {
      const outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        outputs[file] = {
          inputs: Object.fromEntries(
            Object.entries(chunk.modules).map(([id, module]) => [id.replace(/^\0/, ''), { bytesInOutput: module.renderedLength }]),
          ),
        };
      }
      writeThirdPartyNotices({ product: 'ILACS draft checker (apps/web-checker)', metafiles: [{ outputs }], folder: outDir });
    },
  };
}

export default defineConfig({
  // Relative asset paths, so the built folder works wherever it is served from.
  base: './',
  plugins: [contentSecurityPolicyMeta(), thirdPartyNotices()],
  build: {
    target: 'es2022',
    // The page is small; one script and one stylesheet keep the CSP simple.
    modulePreload: { polyfill: false },
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry /*@__PURE__*/ comments in places Rollup ignores; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
});
