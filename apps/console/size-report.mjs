// The compressed size of what the officer's first page loads (sign-in, then home): the entry
// chunk, the chunks it imports statically and their CSS. Pages loaded later (the plan form,
// the reviewer's pages) are listed apart. Reads dist/console/.vite/manifest.json, so run
// `npm run build` first. Usage: node apps/console/size-report.mjs [--json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/console');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

function sizes(file) {
  const bytes = readFileSync(path.join(dist, file));
  return {
    raw: bytes.length,
    // What a server compressing on the fly at its best settings sends.
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The files a chunk needs before it runs: itself, its static imports, their CSS. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}

function filesOf(keys) {
  const files = new Set();
  for (const key of keys) {
    files.add(manifest[key].file);
    for (const css of manifest[key].css ?? []) files.add(css);
  }
  return [...files];
}

function total(files) {
  return files.map(sizes).reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const firstPage = filesOf(closure(entry));
const later = Object.keys(manifest)
  .filter((key) => manifest[key].isDynamicEntry)
  .map((key) => ({ page: key.replace(/^.*\/(pages|catalogs)\//, (_, dir) => (dir === 'catalogs' ? 'catalog ' : '')).replace(/\.tsx?$/, ''), files: filesOf(closure(key)).filter((file) => !firstPage.includes(file)) }));

const report = {
  firstPage: { files: firstPage, ...total(firstPage) },
  later: later.map(({ page, files }) => ({ page, ...total(files) })),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const row = (name, s) => `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
  console.log('| what loads | raw | gzip -9 | brotli 11 |\n| --- | ---: | ---: | ---: |');
  console.log(row("officer's first page (JS + CSS)", report.firstPage));
  for (const page of report.later) console.log(row(`+ ${page.page}, when opened`, page));
}
