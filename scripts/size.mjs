// Prints raw, gzip and brotli sizes of every file in dist/ and the total a
// browser downloads on first load of each page a first visit lands on: the
// counter (index.html, a rep's tablet) and a shared link (customer.html, a
// customer's phone); exits 1 when a total passes its budget in
// perf/size-budget.json. Sizes are deterministic for a given build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'perf/size-budget.json'), 'utf8'));
const pages = [
  ['index.html', budgets.first_load_gzip_kb],
  ['customer.html', budgets.customer_first_load_gzip_kb],
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const files = walk(dist).sort();
// First load of `page`: the page and every file it loads (script, wasm, css,
// preloads, the manifest): a quoted address of exactly that file. Another
// page (a link to `proposal.html#/proposal`, the move of an old shared link to
// `customer.html`) is not a load of this one.
const escaped = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const loadsOf = (page) => {
  const html = readFileSync(join(dist, page), 'utf8');
  return (file) => {
    const rel = relative(dist, file).split('\\').join('/');
    if (rel.endsWith('.html')) return rel === page;
    return new RegExp(`["'](\\./)?${escaped(rel)}["']`).test(html);
  };
};
const loads = pages.map(([page]) => loadsOf(page));
const totals = pages.map(() => ({ raw: 0, gzip: 0, brotli: 0 }));
const marks = pages.map(([page]) => page.replace('.html', '')).join(' ');
console.log(`${'file'.padEnd(48)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}  first load of: ${marks}`);
for (const file of files) {
  const body = readFileSync(file);
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const firsts = loads.map((first, i) => {
    if (!first(file)) return '';
    totals[i] = { raw: totals[i].raw + body.length, gzip: totals[i].gzip + gz, brotli: totals[i].brotli + br };
    return pages[i][0].replace('.html', '');
  });
  console.log(`${relative(dist, file).padEnd(48)}${kb(body.length)} ${kb(gz)}${kb(br)}  ${firsts.filter(Boolean).join(' ')}`);
}
let ok = true;
pages.forEach(([page, budget], i) => {
  const total = totals[i];
  console.log(`${`first-load total, ${page}`.padEnd(48)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);
  const within = total.gzip <= budget * 1024;
  ok &&= within;
  console.log(`budget of ${page}: ${budget} KB gzip -> ${within ? 'within' : 'OVER'} (${(total.gzip / 1024).toFixed(1)} KB)`);
});
process.exit(ok ? 0 : 1);
