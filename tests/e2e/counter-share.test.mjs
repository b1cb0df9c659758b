// Sharing from the counter (issue 14): "分享给客户" opens a panel on the
// rep's own screen instead of leaving it. The panel shows the QR code the
// customer scans there (drawn by proposal.html#/qr/… in a frame, so the
// counter's first load carries no QR encoder), read back from its pixels as
// the exact link; "复制链接" puts that exact link on the clipboard, or, when
// the clipboard refuses or is missing, selects it in its field and says
// "已选中，请长按复制"; the system share sheet's button is there only when
// the browser has navigator.share, and sends the link; "在此打开" opens the
// customer's page (customer.html), naming no rep when none was typed. axe
// finds no violation with the panel open, in the page and in its frame, in
// both languages, and every control of the panel is at least 44x44 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { start, expectText, expectCount, expectAttr, interactions, TABLET, PHONE } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

const FAMILY = '家庭：3 手机 + 宽带';

/** The counter with the family's proposals priced, and the panel closed;
 * `init` runs in every document before the app (a stubbed browser API). */
async function counter({ viewport = TABLET, init, lang = 'zh' } = {}) {
  const page = await app.open('', viewport);
  if (init) {
    await page.context().addInitScript(init);
    await page.reload();
    await page.locator('.app-header').waitFor();
  }
  if (lang === 'en') await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('button', { name: lang === 'en' ? 'Family: 3 mobiles + broadband' : FAMILY }).click();
  await page.getByTestId('proposal').first().waitFor();
  return page;
}

/** Opens the panel and waits for its QR code to be drawn in the frame. */
async function openPanel(page, name = '分享给客户') {
  await page.getByRole('button', { name }).click();
  await page.getByTestId('share-panel').waitFor();
  const panel = inFrame(page);
  await panel.locator('svg.qr-code').waitFor();
  return panel;
}

/** The panel's body: the frame's page (proposal.html#/qr/…). */
const inFrame = (page) => page.frameLocator('[data-testid="share-qr"]');
/** The frame itself, to evaluate in. */
const frameOf = (page) => page.frames().find((f) => f.url().includes('#/qr/'));

/** What the QR code in the frame says, from a screenshot of the frame (as a
 * phone's camera reads it: jsQR on the pixels, not the app's encoder). */
async function readQr(page) {
  const shot = PNG.sync.read(await inFrame(page).locator('svg.qr-code').screenshot());
  const code = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  assert.ok(code, 'the QR code in the panel decodes');
  return code.data;
}

test('the panel shows the QR of the exact link, copies it, and opens it here on customer.html with no empty rep', async () => {
  const page = await app.open('', TABLET);
  const rep = interactions(page);
  await rep.tap(page.getByRole('button', { name: FAMILY }));
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  const title = (await card.locator('h3').textContent()).trim();
  const share = page.getByRole('button', { name: '分享给客户' });
  await expectAttr(share, 'aria-expanded', 'false', 'closed at first');
  await expectCount(page.getByTestId('share-panel'), 0, 'no panel before the rep asks');
  assert.equal(new URL(page.url()).pathname, '/', 'still on the counter');

  await rep.tap(share);
  const heading = page.getByTestId('share-panel').locator('h2');
  const panel = inFrame(page);
  await panel.locator('svg.qr-code').waitFor();
  await expectAttr(share, 'aria-expanded', 'true');
  console.log(`interactions: family quick start to the QR on the counter: ${rep.count.taps} taps, ${rep.count.keys} keystrokes, ${rep.total()} in all`);
  assert.equal(new URL(page.url()).pathname, '/', 'the counter stays on the rep\'s screen');
  // Nothing chosen: the link opens the best proposal, the first card's.
  await expectText(heading, `发给客户：${title}`);
  const link = await panel.getByTestId('share-link').inputValue();
  assert.match(link, new RegExp(`^${app.base.replace(/[.]/g, '\\.')}customer\\.html#/p/[A-Za-z0-9_-]+$`), 'the link opens customer.html');
  const code = link.slice(link.indexOf('#/p/') + 4);
  assert.ok((await page.getByTestId('share-qr').getAttribute('src')).startsWith(`proposal.html#/qr/${code}?lang=zh&`), 'the frame draws this code');
  assert.equal(await readQr(page), link, 'the QR code is the link, character for character');
  await expectCount(panel.getByTestId('share-rep'), 0, 'no rep typed: no rep named');
  assert.doesNotMatch(await panel.locator('main').textContent(), /营业员/);
  assert.doesNotMatch(await page.getByTestId('share-panel').textContent(), /营业员/);

  // The share sheet only where the browser has one (this Chromium has none unless stubbed).
  const hasShare = await frameOf(page).evaluate(() => typeof navigator.share === 'function');
  await expectCount(panel.getByTestId('share-sheet'), hasShare ? 1 : 0, 'the share button follows navigator.share');

  // Copy: the exact link on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
  await panel.getByRole('button', { name: '复制链接' }).click();
  await expectText(panel.getByTestId('share-status'), '链接已复制，可粘贴到微信或短信发给客户。');
  assert.equal(await frameOf(page).evaluate(() => navigator.clipboard.readText()), link, 'the clipboard holds the exact link');

  // Open here: the customer's page, this link, the same proposal, no "营业员： ·".
  await panel.getByRole('link', { name: '在此打开' }).click();
  await page.getByTestId('shared-saving').waitFor();
  assert.equal(page.frames().length, 1, 'the whole tablet moved, not the frame');
  assert.equal(page.url(), link, 'open here goes to the link on customer.html');
  await expectText(page.getByTestId('shared-title'), title);
  await expectCount(page.getByTestId('rep-line').filter({ hasText: '营业员' }), 0, 'a link taken before the rep\'s name names no rep');
  assert.doesNotMatch(await page.locator('main').textContent(), /营业员：\s*·|营业员：\s*$/);
  await page.context().close();
});

test('the link opens the chosen proposal, and names the rep once typed', async () => {
  const page = await counter();
  const second = page.getByTestId('proposal').nth(1);
  const title = (await second.locator('h3').textContent()).trim();
  await second.getByRole('button', { name: '选用此方案' }).click();
  // The rep types their name once, on the proposal page, and comes back.
  await page.getByRole('link', { name: '生成建议书' }).click();
  await page.locator('#rep-name').fill('王丽');
  await page.locator('#rep-phone').fill('13800138000');
  await expectText(page.getByTestId('doc-rep'), '王丽 13800138000');
  await page.getByRole('link', { name: '返回柜台' }).click();
  await page.getByTestId('proposal').first().waitFor();
  const panel = await openPanel(page);
  await expectText(page.getByTestId('share-panel').locator('h2'), `发给客户：${title}`, 'the chosen proposal, not the best');
  await expectText(panel.getByTestId('share-rep'), '营业员：王丽 13800138000');
  const link = await panel.getByTestId('share-link').inputValue();
  assert.equal(await readQr(page), link);
  const phone = await app.open(link.slice(link.indexOf('#')), PHONE);
  await expectText(phone.getByTestId('shared-title'), title);
  await phone.getByTestId('rep-line').waitFor();
  assert.match(await phone.getByTestId('rep-line').textContent(), /^营业员：王丽 13800138000/);
  await phone.context().close();
  // Closing: the same button again; the panel goes, the button says so.
  await page.getByRole('button', { name: '分享给客户' }).click();
  await expectCount(page.getByTestId('share-panel'), 0);
  await expectAttr(page.getByRole('button', { name: '分享给客户' }), 'aria-expanded', 'false');
  await page.context().close();
});

for (const [why, init] of [
  ['refuses', () => Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }) })],
  ['is missing', () => Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined })],
]) {
  test(`when the clipboard ${why}, copy selects the link in its field and says so`, async () => {
    const page = await counter({ init });
    const panel = await openPanel(page);
    const field = panel.getByTestId('share-link');
    const link = await field.inputValue();
    await panel.getByRole('button', { name: '复制链接' }).click();
    await expectText(panel.getByTestId('share-status'), '已选中，请长按复制');
    await frameOf(page).waitForFunction(() => document.activeElement?.id === 'share-link');
    const selected = await field.evaluate((e) => ({ readOnly: e.readOnly, start: e.selectionStart, end: e.selectionEnd, length: e.value.length }));
    assert.deepEqual(selected, { readOnly: true, start: 0, end: link.length, length: link.length }, 'the whole link is selected, read-only');
    await page.context().close();
  });
}

test('the share sheet button is there only with navigator.share, and sends the link', async () => {
  const init = () => {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value(data) { window.__shared = { title: data.title, text: data.text, url: data.url }; return Promise.resolve(); },
    });
  };
  const page = await counter({ init });
  const saving = (await page.getByTestId('proposal').first().getByTestId('monthly-saving').textContent()).trim();
  const panel = await openPanel(page);
  const link = await panel.getByTestId('share-link').inputValue();
  await panel.getByRole('button', { name: '用其他应用发送' }).click();
  await frameOf(page).waitForFunction(() => window.__shared);
  const sent = await frameOf(page).evaluate(() => window.__shared);
  assert.equal(sent.url, link, 'the share sheet gets the exact link');
  assert.match(sent.title, /^资费建议：/);
  assert.ok(sent.text.includes(`平均每月省 ${saving}`), `the card's saving in the message: ${sent.text}`);
  assert.doesNotMatch(sent.text, /营业员/, 'no rep typed: none named');
  await page.context().close();

  const plain = await counter();
  const plainPanel = await openPanel(plain);
  await expectCount(plainPanel.getByTestId('share-sheet'), 0, 'without navigator.share: no share sheet button');
  await plain.context().close();
});

/** axe's violations on a page or frame, one line each. */
async function axe(target) {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE);
  const result = await target.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}`));
}

test('axe finds no violation with the panel open, in the page and its QR frame, zh and en; its controls are 44 px', async () => {
  const found = [];
  for (const lang of ['zh', 'en']) {
    for (const viewport of [TABLET, PHONE]) {
      const page = await counter({ viewport, lang });
      const panel = await openPanel(page, lang === 'en' ? 'Share with the customer' : '分享给客户');
      await panel.getByRole('button', { name: lang === 'en' ? 'Copy link' : '复制链接' }).click();
      await panel.getByTestId('share-status').filter({ hasText: /\S/ }).waitFor();
      const at = `${lang} ${viewport.width}x${viewport.height}`;
      for (const v of await axe(page)) found.push(`${at} page: ${v}`);
      const frame = page.frames().find((f) => f.url().includes('#/qr/'));
      assert.ok(frame, 'the QR frame');
      assert.equal(await frame.evaluate(() => document.documentElement.lang), lang === 'en' ? 'en' : 'zh-CN', 'the frame speaks the counter\'s language');
      for (const v of await axe(frame)) found.push(`${at} frame: ${v}`);
      const small = await frame.evaluate(() => [...document.querySelectorAll('button, a[href], input')]
        .map((e) => [e.textContent.trim() || e.id, e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 44 || r.height < 44)
        .map(([n, r]) => `${n} ${Math.round(r.width)}x${Math.round(r.height)}`));
      for (const s of small) found.push(`${at}: tap target ${s}`);
      const qr = await panel.locator('svg.qr-code').boundingBox();
      const box = await page.getByTestId('share-qr').boundingBox();
      const [last] = await frame.evaluate(() => [document.querySelector('.share-status').getBoundingClientRect().bottom]);
      assert.ok(last <= box.height, `${at}: the frame shows all of its page (${last} of ${box.height} px)`);
      assert.ok(qr.width >= 200 && qr.height >= 200, `${at}: the QR is large enough to scan (${qr.width}x${qr.height})`);
      await page.context().close();
    }
  }
  assert.deepEqual(found, [], 'no accessibility violation, no small tap target');
});
