import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The console is built into dist/console, next to the services, and served by the API at `/`.
 * Assets get content hashes in their names (cached for a year); index.html does not.
 * `@kdmp/domain` and `@kdmp/i18n` are the same code the services run (repayment schedule, policy, screening).
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  resolve: {
    // `@kdmp/domain/<module>` lets the first page take one module (rupiah) without the rest.
    alias: [
      { find: /^@kdmp\/domain$/, replacement: `${repo}libs/domain/src/index.ts` },
      { find: /^@kdmp\/domain\/(.*)$/, replacement: `${repo}libs/domain/src/$1.ts` },
      // The shared word catalogs (the notifications' words); one language's catalog is its own chunk.
      { find: /^@kdmp\/i18n\/(.*)$/, replacement: `${repo}libs/i18n/src/$1.ts` },
    ],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: `${repo}dist/console`,
    emptyOutDir: true,
    target: 'es2020',
    // No inline scripts or data: URLs for the CSP; the module preload polyfill is not needed by modern Chrome.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // .vite/manifest.json: which files the first page loads (npm run console:size reads it).
    manifest: true,
    reportCompressedSize: false,
  },
  server: {
    proxy: { '/v1': 'http://127.0.0.1:3000' },
  },
});
