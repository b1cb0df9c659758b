// The app shell as a visitor meets it: the page loads, the header and three
// entry points render, a deep link opened fresh lands on its page, and the
// language switch changes the visible text and is remembered on reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, expectText, expectAttr, PHONE } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

test('the counter page loads with the product header and three entry points', async () => {
  const page = await app.open();
  assert.equal(await page.locator('.brand-name').textContent(), '资费方案计算器');
  // The counter, the proposal, the tables, and the customer book (in proposal.html).
  assert.equal(await page.locator('.app-nav a').count(), 4);
  assert.equal(await page.locator('.app-nav a').nth(3).textContent(), '客户簿');
  assert.equal(await page.locator('.nav-link.active').textContent(), '柜台');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await page.context().close();
});

test('a deep link opened fresh lands on its page, with no server fallback', async () => {
  const page = await app.open('#/tables');
  assert.equal(await page.locator('main h1').textContent(), '资费表管理');
  assert.equal(await page.locator('.nav-link.active').textContent(), '资费表');
  await page.context().close();
});

test('an unknown route shows a way back instead of a blank page', async () => {
  const page = await app.open('#/no-such-page');
  await page.locator('.page-not-found').waitFor();
  await page.locator('.page-not-found a').click();
  await page.locator('.page-counter').waitFor();
  assert.match(page.url(), /#\/$/);
  await page.context().close();
});

test('the language switch changes the text and is remembered on reload', async () => {
  const page = await app.open('', PHONE);
  await page.getByRole('button', { name: 'EN' }).click();
  await expectText(page.locator('.brand-name'), 'Proposal Calculator');
  await expectAttr(page.locator('html'), 'lang', 'en');
  await page.reload();
  await page.locator('.app-header').waitFor();
  await expectText(page.locator('.brand-name'), 'Proposal Calculator');
  await expectText(page.locator('.nav-link.active'), 'Counter');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling on a phone');
  await page.context().close();
});

test('navigating between the three entry points, with no script error', async () => {
  // The harness fails this (and every) test on any page error or console error.
  const page = await app.open();
  await page.locator('.app-nav a').nth(1).click();
  await page.locator('.page-proposal').waitFor();
  await expectText(page.locator('.nav-link.active'), '建议书');
  await page.locator('.app-nav a').nth(0).click();
  await page.locator('.page-counter').waitFor();
  await expectText(page.locator('.nav-link.active'), '柜台');
  await page.context().close();
});

test('the managers\' tables are a page of their own, and the reps\' app never loads them', async () => {
  const page = await app.open('tables.html');
  assert.equal(await page.locator('main h1').textContent(), '资费表管理');
  assert.match(page.url(), /tables\.html#\/tables$/);
  await page.getByRole('link', { name: '柜台' }).first().click();
  await page.locator('.page-counter').waitFor();
  assert.match(page.url(), /index\.html#\/$/);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(loaded.some((n) => /proposal-app-.*\.wasm$/.test(n)), 'the reps\' wasm is loaded');
  assert.ok(!loaded.some((n) => /tables-.*\.wasm$/.test(n)), 'the editor\'s wasm is not');
  await page.context().close();
});
