// The rep's most frequent flows at the counter, driven by touch in real
// Chromium: a family (3 mobiles + broadband), a street shop (1 landline,
// 4 staff mobiles, heavy long distance) and a 40-line office. Each checks
// the cheapest proposal and its saving against the engine's own numbers,
// and counts the taps and keystrokes the flow takes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { start, engineProposals, interactions, yuan, TABLET, PHONE } from './harness.mjs';

let app;
const counts = {};
before(async () => { app = await start(); });
after(async () => {
  await app.close();
  mkdirSync('target/test-logs', { recursive: true });
  writeFileSync('target/test-logs/counter-interactions.json', JSON.stringify(counts, null, 2));
});

/** The first proposal card's title and horizon saving, and the engine's. */
async function compareWithEngine(page) {
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  const json = await page.locator('#customer-json').textContent();
  const engine = await engineProposals(json);
  // When nothing beats keeping, the screen shows "keep what you have" first.
  const keepWins = engine.baseline.priced.total <= engine.alternatives[0].priced.total;
  const best = keepWins ? engine.baseline : engine.alternatives[0];
  assert.equal(await page.getByTestId('keep-is-cheaper').count(), keepWins ? 1 : 0);
  assert.equal(await card.locator('h3').textContent(), best.title.zh, 'the cheapest proposal is the engine\'s');
  assert.equal(
    await card.getByTestId('horizon-saving').locator('dd').textContent(),
    yuan(best.priced.savings.horizon),
    'the saving is the engine\'s to the fen',
  );
  assert.equal(await page.getByTestId('current-monthly').evaluate((e) => e.firstChild.textContent), yuan(best.priced.current_monthly));
  return best;
}

test('family of three mobiles and broadband, from the quick start, with their real fees', async () => {
  const page = await app.open('', TABLET);
  const rep = interactions(page);
  await rep.tap(page.getByRole('button', { name: '家庭：3 手机 + 宽带' }));
  const fees = page.getByLabel('现月费');
  await rep.type(fees.nth(0), '139');
  await rep.type(fees.nth(1), '99');
  await rep.type(fees.nth(2), '59');
  await rep.type(fees.nth(3), '120');
  await compareWithEngine(page);
  await rep.tap(page.getByRole('button', { name: '选用此方案' }).first());
  await page.getByRole('link', { name: '生成建议书' }).waitFor();
  counts.family = { ...rep.count, total: rep.total() };
  assert.ok(rep.total() < 25, `a family proposal in under 25 interactions (took ${rep.total()})`);
  await page.reload();
  await page.locator('.proposal-card.chosen').waitFor();
  await page.context().close();
});

test('street shop: one landline and four staff mobiles with heavy long distance', async () => {
  const page = await app.open('', TABLET);
  const rep = interactions(page);
  await rep.tap(page.getByRole('button', { name: '临街店铺：1 固话 + 4 手机' }));
  await rep.type(page.getByLabel('行业'), '餐饮');
  const ld = page.getByLabel('长途');
  await rep.type(ld.nth(0), '800');
  await rep.type(ld.nth(1), '500');
  await compareWithEngine(page);
  const intake = JSON.parse(await page.locator('#customer-json').textContent());
  assert.deepEqual(intake.segment, { type: 'business', cluster: 'street_shop', industry: '餐饮' });
  counts.streetShop = { ...rep.count, total: rep.total() };
  await page.context().close();
});

test('a 40-line office, and the comparison still fits a phone', async () => {
  const page = await app.open('', PHONE);
  const rep = interactions(page);
  await rep.tap(page.getByRole('button', { name: '办公室：40 个号码' }));
  assert.equal(await page.locator('.line-card').count(), 40);
  await compareWithEngine(page);
  counts.office = { ...rep.count, total: rep.total() };
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling on a phone');
  await page.context().close();
});

test('a bad value is explained at its field and never counted as zero', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '+ 手机' }).click();
  const fee = page.getByLabel('现月费');
  await fee.fill('12x');
  await page.locator('.field-error').first().waitFor();
  assert.equal(await page.locator('.field-error').first().textContent(), '不是有效金额，例如 128.50');
  assert.equal(await fee.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByTestId('proposal').count(), 0, 'no proposal from a bad value');
  await fee.fill('88');
  await page.getByTestId('proposal').first().waitFor();
  await page.context().close();
});
