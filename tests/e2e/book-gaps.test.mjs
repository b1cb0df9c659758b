// The customer book's last gaps (issue 16): a quick start over a typed
// customer starts a new one and the book keeps both (trying quick starts on
// an empty counter adds nobody); the customer sheet (CSV) exported and
// imported into an emptied book gives the same book, a sheet Excel saved in
// GBK reads, a bad cell is refused with its row and column and changes
// nothing; 500 customers list, search and filter, and the counter still
// works beside them; the book's money reads as the counter's (¥253.90).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { openIn } from './pages.mjs';
import { start, expectText, expectMatch, expectCount, expectValue, TABLET } from './harness.mjs';

const LOGS = 'target/test-logs';
const GBK = new URL('./data/book-gbk.csv', import.meta.url).pathname;
let app;
before(async () => {
  app = await start();
  mkdirSync(LOGS, { recursive: true });
});
after(async () => { await app.close(); });

const SHOP = '临街店铺：1 固话 + 4 手机';
const FAMILY = '家庭：3 手机 + 宽带';
const OFFICE = '办公室：40 个号码';

async function takeCustomer(page, preset, name) {
  await page.getByRole('button', { name: preset }).click();
  await page.getByLabel('客户名称（可选）').fill(name);
  const card = page.getByTestId('proposal').first();
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('link', { name: '生成建议书' }).waitFor();
}

async function openBook(page) {
  await page.getByRole('link', { name: '客户簿' }).click();
  await page.waitForURL(/proposal\.html#\/customers$/);
  await page.getByTestId('book-count').waitFor();
}

async function openCounter(page) {
  await page.getByRole('link', { name: '柜台', exact: true }).click();
  await page.waitForURL(/index\.html/);
  await page.getByLabel('客户名称（可选）').waitFor();
}

const row = (page, name) => page.getByTestId('book-row').filter({ has: page.getByTestId('book-name').getByText(name, { exact: true }) });

async function download(page, testId) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

test('a quick start or the spend-only entry over a typed customer starts a new one: the book keeps every one', async () => {
  const page = await app.open('', TABLET);
  await takeCustomer(page, SHOP, '陈记五金');
  // The book keeps 陈记五金 under an id, which the counter now carries.
  await openBook(page);
  await expectCount(row(page, '陈记五金'), 1);
  await expectMatch(row(page, '陈记五金').locator('.saving'), /^每月(省|多付) ¥\d{1,3}(,\d{3})*\.\d{2}$/, "the counter's money form");
  await openCounter(page);
  await expectValue(page.getByLabel('客户名称（可选）'), '陈记五金');
  // A quick start over it: a new customer, not 陈记五金 overwritten.
  await takeCustomer(page, FAMILY, '李家');
  // The spend-only entry over 李家: a third.
  await page.getByText('只知道月消费').click();
  await page.locator('#spend-total').fill('300');
  await page.getByRole('button', { name: '按消费估算' }).click();
  await expectValue(page.getByLabel('客户名称（可选）'), '');
  await page.getByLabel('客户名称（可选）').fill('王记');
  await page.getByTestId('proposal').first().waitFor();
  await openBook(page);
  await expectText(page.getByTestId('book-count'), '共 3 位客户');
  for (const name of ['陈记五金', '李家', '王记']) await expectCount(row(page, name), 1, `${name} is in the book`);
  await expectMatch(row(page, '陈记五金').getByTestId('book-offer'), /\S/);
  // Reopening 陈记五金 gives its own intake back (5 lines: 1 landline + 4 mobiles).
  await row(page, '陈记五金').getByTestId('book-reopen').click();
  await page.waitForURL(/index\.html/);
  await expectValue(page.getByLabel('客户名称（可选）'), '陈记五金');
  await expectCount(page.locator('.line-card'), 5);
  await page.context().close();
});

test('quick starts tried on an empty counter add one customer, not one each', async () => {
  const page = await app.open('', TABLET);
  for (const preset of [FAMILY, OFFICE, SHOP]) {
    await page.getByRole('button', { name: preset }).click();
    await page.getByTestId('proposal').first().waitFor();
  }
  await openBook(page);
  await expectText(page.getByTestId('book-count'), '共 1 位客户', 'the last one tried only');
  await page.context().close();
});

test('the customer sheet exported and imported into an emptied book gives the same book; GBK reads; a bad cell is refused with its row and column', async () => {
  const page = await app.open('', TABLET);
  await takeCustomer(page, SHOP, '=陈记五金');
  await page.getByTestId('new-customer').click();
  await takeCustomer(page, FAMILY, '李家');
  await openBook(page);
  // A visit, so the sheet has to carry more than its columns show.
  const li = row(page, '李家');
  await li.getByTestId('book-visit').click();
  const form = page.getByTestId('visit-form');
  await form.getByTestId('visit-met-name').fill('李太太');
  await form.getByTestId('visit-price').check();
  await form.getByTestId('visit-outcome').selectOption('signed');
  await form.getByTestId('visit-save').click();
  await expectText(li.getByTestId('book-status'), '已签约');
  const json = await download(page, 'export-json');
  const csv = await download(page, 'export-book-csv');
  assert.match(csv.name, /^customers-\d{8}\.csv$/);
  assert.ok(csv.text.startsWith('\uFEFF客户编号,客户名称'), 'UTF-8 with a BOM, Chinese headers');
  assert.match(csv.text.split('\n')[0], /完整记录/);

  // Empty the book (delete both), then import the sheet.
  for (const name of ['李家', '=陈记五金']) await row(page, name).getByTestId('book-delete').click();
  await expectText(page.getByTestId('book-count'), '共 0 位客户');
  const file = `${LOGS}/book-export.csv`;
  writeFileSync(file, csv.text);

  // A bad cell first: refused with its row and column, nothing changes.
  const lines = csv.text.split('\n');
  const cells = lines[1].split(',');
  cells[4] = '下周三';
  const bad = `${LOGS}/book-bad.csv`;
  writeFileSync(bad, [lines[0], cells.join(','), ...lines.slice(2)].join('\n'));
  await page.getByTestId('book-import').setInputFiles(bad);
  await expectText(page.getByTestId('book-imported').locator('p').first(),
    '客户表未导入，客户簿没有改动：第 2 行 E 列（跟进日期）的“下周三”不是日期（如 2026-12-03）');
  await expectText(page.getByTestId('book-count'), '共 0 位客户', 'nothing imported');

  await page.getByTestId('book-import').setInputFiles(file);
  await expectText(page.getByTestId('book-imported').locator('p').first(), '已导入 2 位客户，跳过 0 位（编号已在客户簿中）');
  const again = await download(page, 'export-book-csv');
  assert.equal(again.text, csv.text, 'the sheet exports again identically');
  const backup = await download(page, 'export-json');
  assert.equal(backup.text, json.text, 'the whole book came back: intake, visits, both languages');
  await expectText(row(page, '李家').getByTestId('book-visits'), '1');
  // The imported 陈记五金 reopens with its intake.
  await row(page, '=陈记五金').getByTestId('book-reopen').click();
  await page.waitForURL(/index\.html/);
  await expectValue(page.getByLabel('客户名称（可选）'), '=陈记五金');
  await expectCount(page.locator('.line-card'), 5);
  await page.context().close();

  // A sheet made by hand and saved by Excel in GBK (full-width digits in a phone).
  const fresh = await app.open('proposal.html#/customers', TABLET);
  await fresh.getByTestId('book-import').setInputFiles(GBK);
  await expectText(fresh.getByTestId('book-imported').locator('p').first(), '已导入 2 位客户，跳过 0 位（编号已在客户簿中）');
  await expectCount(row(fresh, '周记茶餐厅'), 1);
  await expectText(row(fresh, '黄氏药房').getByTestId('book-status'), '待跟进');
  await expectValue(row(fresh, '黄氏药房').getByTestId('book-phone'), '13900001111');
  await expectText(row(fresh, '周记茶餐厅').locator('.saving'), '每月省 ¥45.50');
  await fresh.context().close();

  // In English, the refusal is in English.
  const en = await openIn(app, 'en');
  await en.goto(`${app.base}proposal.html#/customers`);
  await en.getByTestId('book-count').waitFor();
  await en.getByTestId('book-import').setInputFiles(bad);
  await expectText(en.getByTestId('book-imported').locator('p').first(),
    'The customer sheet was not imported; the book is unchanged: row 2, column E (Follow-up date): "下周三" is not a date (2026-12-03)');
  await en.context().close();
});

/** 500 customers as a backup: 客户001…客户500, statuses in turn, three overdue. */
function fiveHundred() {
  const statuses = ['prepared', 'visited', 'proposed', 'signed', 'declined', 'follow_up'];
  const customers = [];
  for (let i = 1; i <= 500; i += 1) {
    const n = String(i).padStart(3, '0');
    customers.push({
      id: `B-${n}`,
      name: `客户${n}`,
      phone: `139 0000 0${n}`,
      status: i <= 3 ? 'follow_up' : statuses[i % 6],
      follow_up: i <= 3 ? { year: 2020, month: 1, day: 4 - i } : null,
      offer: { title: { zh: '商务融合 199 元', en: 'Business bundle ¥199' }, monthly_saving: 25390, term_saving: null },
      created: { year: 2026, month: 12, day: 1 },
    });
  }
  return { schema: 1, customers };
}

test('500 customers: the list renders, searches and filters them, and the counter works beside them', async () => {
  const page = await app.open('proposal.html#/customers', TABLET);
  const file = `${LOGS}/book-500.json`;
  const book = fiveHundred();
  writeFileSync(file, JSON.stringify(book));
  await page.getByTestId('book-import').setInputFiles(file);
  await expectText(page.getByTestId('book-count'), '共 500 位客户');
  await expectCount(page.getByTestId('book-row'), 500, 'every row rendered');
  // The overdue first, the most overdue first, then the book's order.
  const names = await page.getByTestId('book-name').allTextContents();
  assert.deepEqual(names.slice(0, 5).map((s) => s.trim()), ['客户003', '客户002', '客户001', '客户004', '客户005']);
  await expectText(page.getByTestId('book-row').first().locator('.saving'), '每月省 ¥253.90');
  await page.getByTestId('book-search').fill('客户12');
  await expectCount(page.getByTestId('book-row'), 10, '客户120 to 客户129');
  await expectText(page.getByTestId('book-count'), '显示 10 / 500 位客户');
  await page.getByTestId('book-search').fill('0000 0250');
  await expectCount(page.getByTestId('book-row'), 1, 'by phone');
  await page.getByTestId('book-search').fill('');
  const signed = book.customers.filter((c) => c.status === 'signed').length;
  await page.getByTestId('book-filter-status').selectOption('signed');
  await expectCount(page.getByTestId('book-row'), signed);
  await page.getByTestId('book-filter-status').selectOption('');
  await page.getByTestId('book-due-only').click();
  await expectCount(page.getByTestId('book-row'), 3, 'the three overdue');
  await page.getByTestId('book-due-only').click();

  // The counter beside a 500-customer book: a customer priced, a figure
  // edited and the comparison updated.
  await openCounter(page);
  await page.getByRole('button', { name: FAMILY }).click();
  const first = page.getByTestId('proposal').first();
  await first.waitFor();
  const before = await page.locator('.counter-compare').textContent();
  await page.locator('#line-0-Fee').fill('300');
  await page.waitForFunction((b) => document.querySelector('.counter-compare')?.textContent !== b, before);
  await openBook(page);
  await expectText(page.getByTestId('book-count'), '共 501 位客户', "the counter's customer joined them");
  await page.context().close();
});
