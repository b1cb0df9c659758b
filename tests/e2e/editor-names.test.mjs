// Issue 14 on the managers' page, driven by visible labels as a manager
// would: problems name the item and the field in the UI's language (never
// `bundles[4].monthly_fee`), a JSON file's syntax error says where and what
// in Chinese; stored names (percent_off, data_pack) show as labels and
// segments are ticked by name; a file is imported by picker or by dropping
// it on the page; disabled buttons look disabled and "草稿校验通过" never
// shows while a field holds text that does not parse; the delete buttons
// stay in view at 1280 px with the form open; data is shown and typed in GB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, expectText, expectMatch, expectCount } from './harness.mjs';

const DESKTOP = { width: 1280, height: 800 };
const SMALL_DESKTOP = { width: 1024, height: 768 };
const FILE_LABEL = '选择文件导入（JSON 或 CSV）';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

const fingerprint = (page) => page.getByTestId('draft-fingerprint').textContent();

async function exported(page) {
  const href = await page.getByTestId('export-json').getAttribute('href');
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
}

/** Opens the family bundle's form. */
async function editFamily(page) {
  await page.getByRole('tab', { name: '融合套餐' }).click();
  const row = page.getByTestId('table-bundles').locator('tbody tr', { hasText: '家庭融合129元' });
  await row.getByRole('button', { name: '编辑' }).click();
  await page.getByTestId('bundle-form').waitFor();
  return row;
}

test('a problem names the item and the field; a cut-off file says where and what in Chinese', async () => {
  const page = await app.open('tables.html#/tables', DESKTOP);
  await editFamily(page);
  await page.getByLabel('月费', { exact: true }).fill('-1');
  const problems = page.getByTestId('problems');
  await expectText(problems.locator('li').first(), '融合套餐「家庭融合129元」· 月费：不能为负数');
  const all = await problems.locator('li').allTextContents();
  assert.ok(all.every((l) => !/[[\]]|monthly_fee|bundles/.test(l)), `no internal path: ${all}`);

  // In English, the same place in English words.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expectText(problems.locator('li').first(), 'Bundles "Family bundle 129" · Monthly fee: must not be negative');
  await page.getByRole('button', { name: '中文', exact: true }).click();

  const before = await fingerprint(page);
  const json = await exported(page);
  const cut = json.slice(0, Math.floor(json.length / 2));
  await page.getByLabel(FILE_LABEL).setInputFiles({ name: 'tables.json', mimeType: 'application/json', buffer: Buffer.from(cut) });
  const errors = page.getByTestId('import-errors');
  await expectMatch(errors.locator('li').first(), /^第 \d+ 行第 \d+ 列：文件不完整/);
  assert.doesNotMatch(await errors.textContent(), /EOF|line \d+/, 'no English in the Chinese UI');
  assert.equal(await fingerprint(page), before, 'a bad file changes nothing');
  await page.context().close();
});

test('stored names show as labels; segments are ticked by name', async () => {
  const page = await app.open('tables.html#/tables', DESKTOP);
  await page.getByRole('tab', { name: '增值业务' }).click();
  const addons = await page.getByTestId('table-addons').locator('tbody').textContent();
  assert.match(addons, /流量包/);
  assert.doesNotMatch(addons, /DataPack|PushToTalk|data_pack|push_to_talk/);
  await page.getByRole('tab', { name: '优惠' }).click();
  const promos = await page.getByTestId('table-promotions').locator('tbody').textContent();
  assert.match(promos, /按比例折扣/);
  assert.doesNotMatch(promos, /percent_off|free_months|prepay_credit|tenure_credit|volume_discount/);

  const ORDER = ['individual', 'family', 'business', 'key_account'];
  const LABEL = { individual: '个人客户', family: '家庭客户', business: '商业客户', key_account: '大客户' };
  const familyOf = async () => JSON.parse(await exported(page)).bundles.find((b) => b.id === 'bundle.family');
  const was = (await familyOf()).eligibility.segments;
  const added = ORDER.find((s) => !was.includes(s));
  await editFamily(page);
  const segments = page.getByRole('group', { name: '限定客户类型' });
  for (const s of ORDER) {
    assert.equal(await segments.getByLabel(LABEL[s]).isChecked(), was.includes(s), `${LABEL[s]} ticked as stored`);
  }
  await segments.getByLabel(LABEL[added]).check();
  await expectMatch(page.getByTestId('diff'), new RegExp(LABEL[added]));
  assert.deepEqual((await familyOf()).eligibility.segments, ORDER.filter((s) => was.includes(s) || s === added));
  await segments.getByLabel(LABEL[added]).uncheck();
  await expectCount(page.getByTestId('bundle-form').locator('input[placeholder*="individual"]'), 0, 'nothing typed as codes');
  assert.deepEqual((await familyOf()).eligibility.segments, was);
  await page.context().close();
});

test('a file is imported by the picker or dropped on the page, with the same checks', async () => {
  const page = await app.open('tables.html#/tables', DESKTOP);
  const original = await fingerprint(page);
  const json = await exported(page);
  await editFamily(page);
  await page.getByLabel('月费', { exact: true }).fill('0.01');
  const edited = await fingerprint(page);
  assert.notEqual(edited, original);

  await page.getByLabel(FILE_LABEL).setInputFiles({ name: 'catalog.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expectText(page.getByTestId('draft-fingerprint'), original, 'the chosen file replaced the draft');
  await page.getByTestId('import').getByText('已导入，可撤销').waitFor();

  // Dropped anywhere on the page: tables that break a rule are refused by name.
  const bad = JSON.parse(json);
  bad.bundles.find((b) => b.id === 'bundle.family').monthly_fee = -100;
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'bad.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(bad));
  await page.locator('.editor-tabs').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.editor-tabs').dispatchEvent('drop', { dataTransfer: transfer });
  const errors = page.getByTestId('import-errors');
  await expectText(errors.locator('li').first(), '融合套餐「家庭融合129元」· 月费：不能为负数');
  assert.equal(await fingerprint(page), original, 'a refused drop changes nothing');
  await page.context().close();
});

test('disabled buttons look disabled; no "passed" while a field does not parse; no stale import error', async () => {
  const page = await app.open('tables.html#/tables', DESKTOP);
  const undo = page.getByRole('button', { name: '撤销' });
  assert.ok(await undo.isDisabled());
  const look = await undo.evaluate((b) => { const s = getComputedStyle(b); return { cursor: s.cursor, opacity: Number(s.opacity) }; });
  assert.equal(look.cursor, 'not-allowed');
  assert.ok(look.opacity < 1, `faded (${look.opacity})`);

  await editFamily(page);
  const problems = page.getByTestId('problems');
  await expectMatch(problems, /草稿校验通过/);
  await page.getByLabel('月费', { exact: true }).fill('abc');
  await expectMatch(problems, /尚未校验.*月费/);
  assert.doesNotMatch(await problems.textContent(), /草稿校验通过/);
  await page.getByLabel('月费', { exact: true }).fill('-1');
  await expectMatch(problems, /不能为负数/);
  assert.doesNotMatch(await problems.textContent(), /尚未校验/);
  await page.getByLabel('月费', { exact: true }).fill('12.5');
  await expectMatch(problems, /草稿校验通过/);
  // Closing the form with bad text in it forgets the text: nothing pending.
  await page.getByLabel('月费', { exact: true }).fill('x');
  await expectMatch(problems, /尚未校验/);
  await page.getByTestId('bundle-form').getByRole('button', { name: '关闭' }).click();
  await expectMatch(problems, /草稿校验通过/);

  await page.locator('#import-text').fill('{ oops');
  await page.getByRole('button', { name: '导入 JSON' }).click();
  await page.getByTestId('import-errors').waitFor();
  await page.locator('#import-text').fill('{}');
  await expectCount(page.getByTestId('import-errors'), 0, 'the message was about the old text');
  await page.context().close();
});

test('the delete buttons stay in view with the form open; data is in GB', async () => {
  for (const viewport of [DESKTOP, SMALL_DESKTOP]) {
    const page = await app.open('tables.html#/tables', viewport);
    await editFamily(page);
    const scroll = await page.getByTestId('table-bundles').locator('.table-scroll').boundingBox();
    const remove = page.getByTestId('table-bundles').locator('tbody tr').first().getByRole('button', { name: '删除' });
    const box = await remove.boundingBox();
    assert.ok(box.x + box.width <= scroll.x + scroll.width + 0.5, `删除 not cut off at ${viewport.width}px (${box.x + box.width} > ${scroll.x + scroll.width})`);
    await page.context().close();
  }

  const page = await app.open('tables.html#/tables', DESKTOP);
  const plans = page.getByTestId('table-plans');
  await plans.getByRole('button', { name: /流量（GB）/ }).waitFor();
  await page.locator('#filter-plans').fill('plan.m-89');
  const row = plans.locator('tbody tr', { hasText: 'plan.m-89' });
  await expectMatch(row.locator('td').nth(4), /^\s*[\d.]+ GB\s*$/);
  await row.getByRole('button', { name: '编辑' }).click();
  const form = page.getByTestId('plan-form');
  const data = form.getByLabel('流量', { exact: true });
  assert.doesNotMatch(await data.inputValue(), /\d{4,}/, 'not a figure in MB');
  await data.fill('30');
  await expectText(row.locator('td').nth(4), '30 GB');
  assert.match(await exported(page), /"data_mb": 30720/, '30 GB is 30,720 MB');
  await data.fill('1.5');
  await expectText(row.locator('td').nth(4), '1.5 GB');
  await page.context().close();
});
