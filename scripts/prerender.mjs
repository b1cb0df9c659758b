// Puts the server rendering of the blank counter (src/bin/prerender.rs, read
// from the file given) into dist/index.html's #first-paint-counter, so a new
// device paints the counter before the wasm arrives (issue 17). Run by
// build_release before scripts/csp.mjs and scripts/sw.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist, renderedFile] = process.argv.slice(2);
const page = join(dist, 'index.html');
const html = readFileSync(page, 'utf8');
const rendered = readFileSync(renderedFile, 'utf8');
if (!rendered.includes('class="app-header')) {
  console.error(`prerender: ${renderedFile} holds no app header`);
  process.exit(1);
}
if (/<script|\sstyle=|\son[a-z]+=/i.test(rendered)) {
  console.error('prerender: the rendering holds a script, an inline style or a handler (the CSP refuses them)');
  process.exit(1);
}
const slot = /(<div id="first-paint-counter"[^>]*>)(<\/div>)/;
if (!slot.test(html)) {
  console.error(`prerender: ${page} has no empty #first-paint-counter`);
  process.exit(1);
}
writeFileSync(page, html.replace(slot, (_, open, close) => open + rendered + close));
console.log(`prerender: ${rendered.length} characters of the blank counter in index.html`);
