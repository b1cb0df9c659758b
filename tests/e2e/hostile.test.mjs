// Hostile pages and names in real Chromium: every page runs under its
// content security policy with no violation (and the policy does refuse an
// injected inline script); a customer and a rep named with HTML are shown
// as text on the counter, the proposal, its print and the customer's phone;
// tables sent by a link and changed on the way are refused and the last good
// tables stay in use; a really full localStorage is reported with an export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { start, printToPdf, takeProblems, TABLET, PHONE } from './harness.mjs';

const MARKUP = '<img src=x onerror=alert(1)>';
const LOGS = 'target/test-logs';
let app;
before(async () => {
  app = await start();
  mkdirSync(LOGS, { recursive: true });
});
after(async () => { await app.close(); });

/** Records CSP violations from the page's first script on, and any dialog. */
async function watch(page) {
  const seen = { violations: [], dialogs: 0 };
  await page.exposeFunction('__cspViolation', (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`;
      window.__violations.push(v);
      window.__cspViolation(v);
    });
  });
  page.on('dialog', (d) => { seen.dialogs += 1; d.dismiss(); });
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && seen.violations.push(m.text()));
  await page.reload();
  await page.locator('.app-header').waitFor();
  return seen;
}

const policy = (page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

test('every page runs under its content security policy with no violation', async () => {
  for (const hash of ['', '#/proposal', '#/p/AAAA', 'tables.html#/tables']) {
    const page = await app.open(hash, TABLET);
    const seen = await watch(page);
    const csp = await policy(page);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/, `${hash}: ${csp}`);
    assert.match(csp, /style-src 'self'(;|$)/, `${hash}: ${csp}`);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/, `${hash}: ${csp}`);
    await page.locator('main').first().waitFor();
    assert.deepEqual(seen.violations, [], `${hash}: no violation`);
    if (hash === '') {
      // The policy is enforced: an injected inline script and style are refused.
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = 1';
        document.body.append(s);
        document.body.setAttribute('style', 'background: red');
        return window.__injected === 1 || getComputedStyle(document.body).backgroundColor === 'rgb(255, 0, 0)';
      });
      assert.equal(ran, false, 'injected script and style did not run');
      // The detector works: both refusals are reported as violations.
      await page.waitForFunction(() => window.__violations.length >= 2);
    }
    await page.context().close();
  }
  // Only the two refusals provoked above reached the console.
  const provoked = /^(Executing inline script|Applying inline style) violates/;
  // (any other problem fails the test through the harness)
  assert.equal(takeProblems((e) => provoked.test(e)).length, 2, 'both refusals reached the console');
});

test('a customer and a rep named with HTML are shown as text everywhere, the print included', async () => {
  const page = await app.open('', TABLET);
  const seen = await watch(page);
  await page.getByRole('button', { name: '临街店铺：1 固话 + 4 手机' }).click();
  await page.getByLabel('客户名称（可选）').fill(MARKUP);
  const card = page.getByTestId('proposal').first();
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('link', { name: '生成建议书' }).click();
  await page.getByTestId('proposal-doc').waitFor();
  await page.locator('#rep-name').fill(MARKUP);
  await page.locator('#rep-phone').fill('138 0013 8000');
  const doc = page.getByTestId('proposal-doc');
  const text = await doc.textContent();
  assert.ok(text.split(MARKUP).length >= 3, 'the customer\'s and the rep\'s names are printed as text');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no element was made from a name');
  const { text: printed } = await printToPdf(page, `${LOGS}/hostile-proposal.pdf`);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(printed.replace(/\s+/g, '').includes(MARKUP.replace(/\s+/g, '')), 'the PDF shows the name as text');

  const link = await page.getByTestId('doc-link').textContent();
  const phone = await app.open(link.slice(link.indexOf('#')), PHONE);
  const phoneSeen = await watch(phone);
  await phone.getByTestId('shared-saving').waitFor();
  assert.ok((await phone.locator('main').textContent()).includes(MARKUP), 'the phone shows the names as text');
  assert.equal(await phone.locator('img[src="x"]').count(), 0);
  assert.equal(seen.dialogs + phoneSeen.dialogs, 0, 'no script ran');
  assert.deepEqual([...seen.violations, ...phoneSeen.violations], []);
  await phone.context().close();
  await page.context().close();
});

test('tables sent by a link and changed on the way are refused; the last good tables stay', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  await page.locator('#filter-plans').fill('plan.m-89');
  const row = page.getByTestId('table-plans').locator('tbody tr', { hasText: 'plan.m-89' });
  await row.getByRole('button', { name: '编辑' }).click();
  await page.locator('#plan-monthly_fee').fill('0.01');
  await page.locator('#publish-date').fill('2027-01-01');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByTestId('diff').getByText('草稿与已发布版本相同').waitFor();
  const link = await page.getByTestId('rep-link').getAttribute('href');
  await page.context().close();
  assert.match(decodeURIComponent(link), /"fingerprint":"[0-9a-f]{16}"/, 'the link states the fingerprint');

  // The rep accepts the tables as sent: they are the last good ones.
  const hash = link.slice(link.indexOf('#'));
  const rep = await app.open(`tables.html${hash}`, TABLET);
  await rep.getByTestId('offer').getByRole('button', { name: '采用', exact: true }).click();
  const good = await rep.getByTestId('draft-fingerprint').textContent();
  // The same link again, the 0.01 price (1 fen) raised to 100 yuan on the way.
  const tampered = hash.replace('%22monthly_fee%22%3A1%2C', '%22monthly_fee%22%3A10000%2C');
  assert.notEqual(tampered, hash, 'the link was changed');
  await rep.goto(`${app.base}tables.html${tampered}`);
  await rep.reload();
  const offer = rep.getByTestId('offer');
  await offer.waitFor();
  const said = await offer.textContent();
  assert.match(said, /指纹/, said);
  assert.match(said, /未采用/, said);
  assert.equal(await offer.getByRole('button', { name: '采用', exact: true }).count(), 0, 'nothing to accept');
  assert.equal(await rep.getByTestId('draft-fingerprint').textContent(), good, 'the last good tables stay');
  await rep.context().close();
});

test('a really full localStorage is reported, with the export offered in the notice', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  const filled = await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 16) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
        i += 1;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    return i;
  });
  assert.ok(filled > 0, 'storage was filled');
  await page.locator('#filter-plans').fill('plan.m-89');
  const row = page.getByTestId('table-plans').locator('tbody tr', { hasText: 'plan.m-89' });
  await row.getByRole('button', { name: '编辑' }).click();
  await page.locator('#plan-monthly_fee').fill('5.55');
  const notice = page.getByTestId('storage-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /浏览器拒绝保存/);
  const href = await notice.getByTestId('notice-export').getAttribute('href');
  assert.match(decodeURIComponent(href), /"monthly_fee": 555/, 'the export in the notice carries the edit');
  await page.evaluate(() => localStorage.clear());
  await page.context().close();
});

test('a counter whose customer cannot be saved says so, and says it no more once saving works', async () => {
  const page = await app.open('', TABLET);
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 16; ) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
        i += 1;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  const notice = page.getByTestId('session-unsaved');
  assert.equal(await notice.count(), 0, 'no notice before a refused save');
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await notice.waitFor();
  assert.match(await notice.textContent(), /当前客户没有保存/);
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
  });
  await page.getByRole('button', { name: '临街店铺：1 固话 + 4 手机' }).click();
  await notice.waitFor({ state: 'detached' });
  await page.evaluate(() => localStorage.clear());
  await page.context().close();
});
