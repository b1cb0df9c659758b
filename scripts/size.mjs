// Prints raw, gzip and brotli sizes of every file in dist/ and the total a
// browser downloads on first load; exits 1 when that total passes the budget
// in perf/size-budget.json. Sizes are deterministic for a given build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budget = JSON.parse(readFileSync(join(root, 'perf/size-budget.json'), 'utf8')).first_load_gzip_kb;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const files = walk(dist).sort();
const index = readFileSync(join(dist, 'index.html'), 'utf8');
// First load: index.html and every file it loads (script, wasm, css, preloads,
// the manifest): a quoted address of exactly that file. A link to another
// page (`proposal.html#/proposal`) is not a load.
const escaped = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const firstLoad = (file) => {
  const rel = relative(dist, file).split('\\').join('/');
  return rel === 'index.html' || new RegExp(`["'](\\./)?${escaped(rel)}["']`).test(index);
};

let total = { raw: 0, gzip: 0, brotli: 0 };
console.log(`${'file'.padEnd(48)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}  first load`);
for (const file of files) {
  const body = readFileSync(file);
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const first = firstLoad(file);
  if (first) {
    total = { raw: total.raw + body.length, gzip: total.gzip + gz, brotli: total.brotli + br };
  }
  console.log(`${relative(dist, file).padEnd(48)}${kb(body.length)} ${kb(gz)}${kb(br)}  ${first ? 'yes' : ''}`);
}
console.log(`${'first-load total'.padEnd(48)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);
const ok = total.gzip <= budget * 1024;
console.log(`budget: ${budget} KB gzip -> ${ok ? 'within' : 'OVER'} (${(total.gzip / 1024).toFixed(1)} KB)`);
process.exit(ok ? 0 : 1);
