// Completes the content security policy of every built page (dist/*.html):
// Trunk writes one inline <script type="module"> that starts the wasm; its
// SHA-256 is added to the meta tag's script-src so it runs while any other
// inline script (an injected one) is refused. Run by build_release after
// trunk; fails when a page has no policy or an inline style.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
let failed = false;
for (const name of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
  const path = join(dist, name);
  const html = readFileSync(path, 'utf8');
  if (!META.test(html)) {
    console.error(`${path}: no Content-Security-Policy meta tag`);
    failed = true;
    continue;
  }
  if (/<style[\s>]|\sstyle="/i.test(html)) {
    console.error(`${path}: an inline style; the policy allows none`);
    failed = true;
  }
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].length > 0)
    .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  const out = html.replace(META, (_, head, policy, tail) => {
    const rules = policy.split(';').map((r) => r.trim()).filter(Boolean)
      .map((r) => (r.startsWith('script-src ') ? [r, ...hashes].join(' ') : r));
    return head + rules.join('; ') + tail;
  });
  writeFileSync(path, out);
  console.log(`[csp] ${name}: ${hashes.length} inline script(s) allowed by hash`);
}
process.exit(failed ? 1 : 0);
