// The managers' package-table editor in real Chromium: a price edit reaches
// the counter at once (with the "not the published prices" mark) and survives
// a reload; a bundle's fee edited in its form (bad text explained at the
// field) changes the counter's proposal; export → import is the identity; a bad import is rejected with
// line and field and changes nothing; a corrupted store falls back to the
// backup; a name with markup is shown as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, expectText, expectMatch, expectCount, TABLET } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

const PLAN = 'plan.m-89';

/** Opens the editor on `PLAN`'s form. */
async function editPlan(page) {
  await page.locator('#filter-plans').fill(PLAN);
  await planRow(page).getByRole('button', { name: '编辑' }).click();
  await page.getByTestId('plan-form').waitFor();
}

const fingerprint = (page) => page.getByTestId('draft-fingerprint').textContent();
const planRow = (page) => page.getByTestId('table-plans').locator('tbody tr', { hasText: PLAN });
const feeCell = (page) => planRow(page).locator('td').nth(3);

async function cheapest(page) {
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  return card.locator('h3').textContent();
}

test('a price edit changes the counter at once, is marked, and survives a reload', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.getByLabel('现月费').fill('88');
  const before = await cheapest(page);
  assert.equal(await page.getByTestId('draft-prices').count(), 0, 'published prices: no mark');
  assert.ok(!before.includes('89'), `the 89 plan is not the cheapest yet (${before})`);

  await page.goto(app.base + 'tables.html#/tables');
  await editPlan(page);
  const published = await fingerprint(page);
  await page.locator('#plan-monthly_fee').fill('0.01');
  await expectText(feeCell(page), '¥0.01');
  const edited = await fingerprint(page);
  assert.notEqual(edited, published, 'the edit changes the fingerprint');

  await page.getByRole('link', { name: '柜台' }).first().click();
  const after = await cheapest(page);
  assert.notEqual(after, before, 'the cheapest proposal changed');
  assert.ok(after.includes('89'), `the edited plan is now the cheapest (${after})`);
  await page.getByTestId('draft-prices').waitFor();

  await page.goto(app.base + 'tables.html#/tables');
  await page.reload();
  await page.locator('#filter-plans').fill(PLAN);
  await expectText(feeCell(page), '¥0.01', 'the edit survives a reload');
  await expectText(page.getByTestId('draft-fingerprint'), edited);
  await page.context().close();
});

test('a promotion added in the editor changes the counter\'s cheapest proposal', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.getByLabel('现月费').fill('88');
  const before = await cheapest(page);
  await page.goto(app.base + 'tables.html#/tables');
  await page.getByRole('tab', { name: '优惠' }).click();
  await page.getByRole('button', { name: '新增（复制最后一项）' }).click();
  // The whole item at once: the form's "advanced" JSON.
  await page.getByTestId('promotion-form').locator('summary').click();
  const promo = {
    id: 'promo.e2e-free', name: { zh: '测试：89元套餐免费', en: 'Test: 89 plan free' },
    kind: { type: 'free_months' }, applies_to: [PLAN], from_month: 1, to_month: 24,
  };
  await page.locator('#item-json').fill(JSON.stringify(promo, null, 2));
  await page.getByTestId('table-promotions').locator('tbody tr', { hasText: 'promo.e2e-free' }).waitFor();
  await expectMatch(page.getByTestId('problems'), /草稿校验通过/);
  await page.getByRole('link', { name: '柜台' }).first().click();
  const after = await cheapest(page);
  assert.notEqual(after, before, 'the cheapest proposal changed');
  assert.ok(after.includes('89'), `the promoted plan is now the cheapest (${after})`);
  await page.getByTestId('draft-prices').waitFor();
  await page.context().close();
});

test('a bundle fee edited in its form changes the counter\'s proposal', async () => {
  const BUNDLE = 'bundle.family';
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  const before = await card.textContent();

  await page.goto(app.base + 'tables.html#/tables');
  await page.getByRole('tab', { name: '融合套餐' }).click();
  await page.locator('#filter-bundles').fill(BUNDLE);
  const row = page.getByTestId('table-bundles').locator('tbody tr', { hasText: BUNDLE });
  await row.getByRole('button', { name: '编辑' }).click();
  const form = page.getByTestId('bundle-form');
  await form.waitFor();
  assert.match(await form.textContent(), /元\/月/, 'the unit is shown');
  const fee = page.locator('#bundle-monthly_fee');
  await fee.fill('12x');
  await expectText(page.locator('#bundle-monthly_fee-error'), '不是有效金额，例如 128.50（不是“12x”）', 'bad text is explained at the field');
  assert.equal(await row.locator('td').nth(2).textContent(), '¥129.00', 'and changes nothing');
  await fee.fill('-1');
  await expectText(page.locator('#bundle-monthly_fee-error'), '不能为负数');
  await fee.fill('0.01');
  await expectCount(page.locator('#bundle-monthly_fee-error'), 0);
  await expectText(row.locator('td').nth(2), '¥0.01');
  await expectMatch(page.getByTestId('problems'), /草稿校验通过/);
  await page.getByRole('button', { name: '撤销' }).click();
  await expectText(row.locator('td').nth(2), '¥129.00', 'the typing was one undo step');
  await page.getByRole('button', { name: '重做' }).click();
  await expectText(row.locator('td').nth(2), '¥0.01');

  await page.getByRole('link', { name: '柜台' }).first().click();
  await expectText(card.locator('h3'), '家庭融合129元', 'the edited bundle is the cheapest proposal');
  const after = await card.textContent();
  assert.notEqual(after, before, 'the proposal changed');
  await page.getByTestId('draft-prices').waitFor();
  await page.context().close();
});

test('export then import is the identity; a bad import changes nothing', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  await editPlan(page);
  const original = await fingerprint(page);
  await page.locator('#plan-monthly_fee').fill('7.77');
  await expectText(feeCell(page), '¥7.77');
  const exported = await fingerprint(page);
  assert.notEqual(exported, original);
  const href = await page.getByTestId('export-json').getAttribute('href');
  const json = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  assert.match(json, /"monthly_fee": 777/, 'the export carries the edit');
  await page.getByRole('button', { name: '撤销' }).click();
  await expectText(page.getByTestId('draft-fingerprint'), original);

  await page.locator('#import-text').fill(json);
  await page.getByRole('button', { name: '导入 JSON' }).click();
  await expectText(page.getByTestId('draft-fingerprint'), exported, 'fingerprint identical after the round trip');
  await expectText(feeCell(page), '¥7.77');
  // The import is one step: undo brings back what was there before it.
  await page.getByRole('button', { name: '撤销' }).click();
  await expectText(page.getByTestId('draft-fingerprint'), original, 'undo after an import');
  await page.getByRole('button', { name: '重做' }).click();
  await expectText(page.getByTestId('draft-fingerprint'), exported);

  const before = await fingerprint(page);
  await page.locator('#import-text').fill('{\n  "plans": [ oops');
  await page.getByRole('button', { name: '导入 JSON' }).click();
  const errors = page.getByTestId('import-errors');
  await expectMatch(errors, /第 2 行/);
  assert.equal(await fingerprint(page), before, 'a bad JSON file changes nothing');

  // Well-formed tables that break a rule: refused with the path, nothing changes.
  const invalid = JSON.parse(json);
  invalid.plans[0].monthly_fee = -100;
  await page.locator('#import-text').fill(JSON.stringify(invalid));
  await page.getByRole('button', { name: '导入 JSON' }).click();
  await expectMatch(errors.locator('li').first(), /^套餐「.+」· 月费：不能为负数$/);
  assert.equal(await fingerprint(page), before, 'tables that fail validation change nothing');

  const csvHref = await page.getByTestId('export-csv').getAttribute('href');
  const csv = decodeURIComponent(csvHref.slice(csvHref.indexOf(',') + 1)).split('\n');
  csv[2] = csv[2].replace(/,(\d+\.\d\d),/, ',12x,');
  await page.locator('#import-text').fill(csv.join('\n'));
  await page.getByRole('button', { name: '导入套餐 CSV' }).click();
  await expectMatch(errors, /第 3 行，月费（monthly_fee）：/);
  assert.equal(await fingerprint(page), before, 'a bad CSV file changes nothing');
  await page.context().close();
});

test('corrupted storage is recovered from the backup', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  await editPlan(page);
  await page.locator('#plan-monthly_fee').fill('0.02');
  await expectText(feeCell(page), '¥0.02');
  await page.locator('#plan-monthly_fee').fill('0.03');
  await expectText(feeCell(page), '¥0.03');
  await page.evaluate(() => localStorage.setItem('proposal-calculator.tables.draft', 'garbage{'));
  await page.reload();
  await page.getByTestId('storage-notice').waitFor();
  await page.locator('#filter-plans').fill(PLAN);
  await expectText(feeCell(page), '¥0.02', 'the last good copy is back');
  await page.context().close();
});

test('a plan name with markup is shown as text', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await editPlan(page);
  const name = '<img src=x onerror=alert(1)>';
  await page.locator('#plan-name-zh').fill(name);
  await expectText(planRow(page).locator('td').nth(1), name);
  assert.equal(await page.locator('main img').count(), 0, 'no element injected');
  assert.equal(dialogs, 0);
  await page.context().close();
});

test('a full storage is reported, the edit stays in memory and can be exported', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await editPlan(page);
  await page.locator('#plan-monthly_fee').fill('5.55');
  const notice = page.getByTestId('storage-notice');
  await expectMatch(notice, /浏览器拒绝保存/);
  await expectText(feeCell(page), '¥5.55', 'the edit is kept in memory');
  const href = await page.getByTestId('export-json').getAttribute('href');
  assert.match(decodeURIComponent(href), /"monthly_fee": 555/, 'the export carries the edit');
  await page.context().close();
});

test('publish, then a rep opens the link, accepts, and prices with the published tables', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  await editPlan(page);
  await page.locator('#plan-monthly_fee').fill('0.01');
  await page.locator('#publish-date').fill('2027-01-01');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByTestId('diff').getByText('草稿与已发布版本相同').waitFor();
  const published = await fingerprint(page);
  const link = await page.getByTestId('rep-link').getAttribute('href');
  await page.context().close();

  const rep = await app.open(link.slice(link.indexOf('#')), TABLET);
  const offer = rep.getByTestId('offer');
  await offer.waitFor();
  assert.match(await offer.textContent(), /2027-01-01/);
  await offer.getByRole('button', { name: '采用', exact: true }).click();
  await expectText(rep.getByTestId('draft-fingerprint'), published, 'the rep has the published tables');
  await rep.getByRole('link', { name: '柜台' }).first().click();
  await rep.getByRole('button', { name: '+ 手机' }).click();
  await rep.getByLabel('现月费').fill('88');
  await expectText(rep.getByTestId('proposal').first().locator('h3'), '5G畅享89元', 'priced with the published ¥0.01 plan');
  await expectCount(rep.getByTestId('draft-prices'), 0, 'published tables: no draft mark');
  await rep.context().close();
});
