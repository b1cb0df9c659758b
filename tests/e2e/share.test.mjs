// A customer leaves the counter with a link: the rep makes a proposal on a
// tablet, the link opens in a fresh browser (the customer's phone) with the
// same saving; the customer's own usage changes move it; a tampered link
// shows a clear message instead of crashing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, TABLET, PHONE } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

async function makeLink() {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  const card = page.getByTestId('proposal').first();
  const saving = await card.getByTestId('horizon-saving').locator('dd').textContent();
  const title = await card.locator('h3').textContent();
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('link', { name: '分享给客户' }).click();
  await page.getByTestId('shared-saving').waitFor();
  const url = page.url();
  await page.context().close();
  return { url, saving, title };
}

test('the link opens on a phone with the same proposal and saving', async () => {
  const { url, saving, title } = await makeLink();
  assert.match(url, /#\/p\/[A-Za-z0-9_-]+$/);
  const hash = url.slice(url.indexOf('#'));
  assert.ok(hash.length < 400, `a family link stays short for its QR (${hash.length})`);
  const phone = await app.open(hash, PHONE);
  assert.equal(await phone.getByTestId('shared-saving').textContent(), saving);
  assert.equal(await phone.getByTestId('shared-title').textContent(), title);
  assert.equal(await phone.locator('.notice').count(), 0, 'same tables: no warning');
  // The customer checks a heavier month: more data never makes the saving larger.
  const before = await phone.getByTestId('shared-saving').textContent();
  const plus = phone.locator('.usage-row').first().getByRole('button', { name: '+' }).last();
  for (let i = 0; i < 30; i += 1) await plus.click();
  const after = await phone.getByTestId('shared-saving').textContent();
  const fen = (s) => Number(s.replace(/[¥,]/g, '').replace('.', ''));
  assert.ok(fen(after) <= fen(before), `${after} <= ${before}`);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false);
  await phone.context().close();
});

test('a tampered or truncated link shows a clear message, never a crash', async () => {
  const { url } = await makeLink();
  const hash = url.slice(url.indexOf('#'));
  for (const bad of [hash.slice(0, hash.length - 7), '#/p/AAAA', '#/p/!!not-a-link']) {
    const phone = await app.open(bad, PHONE);
    await phone.getByTestId('link-error').waitFor();
    assert.match(await phone.getByTestId('link-error').textContent(), /损坏|newer|更新/);
    await phone.context().close();
  }
  assert.deepEqual(app.errors.filter((e) => !e.includes('404')), []);
});
