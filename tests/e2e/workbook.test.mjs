// The package tables as an .xlsx workbook in real Chromium: the editor's
// "导出工作簿 (.xlsx)" is downloaded, a price is changed in it with a
// spreadsheet library (exceljs, never by editing its XML), "导入工作簿"
// takes it back: the editor shows the new price, it is published, and the
// counter prices with it. A workbook with three bad cells is refused with
// all three at their sheet, row and column, and changes nothing. The
// workbook's code is a Web Worker fetched at the first click, not with the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { start, expectText, expectMatch, expectCount, TABLET } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

const PLAN = 'plan.m-89';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fingerprint = (page) => page.getByTestId('draft-fingerprint').textContent();
const planRow = (page) => page.getByTestId('table-plans').locator('tbody tr', { hasText: PLAN });
const feeCell = (page) => planRow(page).locator('td').nth(3);

/** The workbook the editor downloads, as exceljs reads it. */
async function exported(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-xlsx').click(),
  ]);
  assert.match(download.suggestedFilename(), /^catalog-v\d+\.xlsx$/);
  const path = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** The 1-based column of `sheet` whose header starts with `zh`. */
function column(sheet, zh) {
  let found = 0;
  sheet.getRow(1).eachCell((cell, n) => {
    if (!found && String(cell.value).startsWith(zh)) found = n;
  });
  assert.ok(found, `sheet ${sheet.name} has a column ${zh}`);
  return found;
}

/** The 1-based row of `sheet` whose column A is `id`. */
function rowOf(sheet, id) {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (!found && row.getCell(1).value === id) found = n;
  });
  assert.ok(found, `sheet ${sheet.name} has a row ${id}`);
  return found;
}

async function importBook(page, book) {
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  await page.locator('#import-xlsx').setInputFiles({ name: 'tables.xlsx', mimeType: XLSX, buffer });
}

test('a price changed in the exported workbook reaches the editor, and once published the counter', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  await page.locator('#filter-plans').fill(PLAN);
  await expectText(feeCell(page), '¥89.00');
  const before = await fingerprint(page);
  // The workbook's code is a worker of its own, started at the first click.
  assert.deepEqual(page.workers().map((w) => w.url()), [], 'the page loads without the workbook worker');

  const book = await exported(page);
  assert.match(page.workers().map((w) => w.url()).join(' '), /workbook_worker_loader\.js$/, '导出工作簿 started it');
  assert.deepEqual(
    book.worksheets.map((s) => s.name),
    ['套餐 Plans', '融合套餐 Bundles', '融合成员 Bundle slots', '增值业务 Add-ons', '优惠 Promotions',
      '阶梯折扣 Volume tiers', '终端 Handsets', '一次性费用 Fees', '互斥组 Exclusion groups', '品牌 Brand'],
  );
  const plans = book.getWorksheet('套餐 Plans');
  const fee = column(plans, '月费（元）');
  assert.equal(plans.getRow(1).getCell(fee).value, '月费（元） / Monthly fee (CNY)');
  const row = rowOf(plans, PLAN);
  assert.equal(plans.getRow(row).getCell(fee).value, 89, 'money is yuan in the sheet');

  // The same workbook back unchanged is the same tables.
  await importBook(page, book);
  await page.getByTestId('import').getByRole('status').waitFor();
  assert.equal(await fingerprint(page), before, 'export then import is the identity');

  plans.getRow(row).getCell(fee).value = 0.01;
  await importBook(page, book);
  await expectText(feeCell(page), '¥0.01', 'the editor shows the workbook\'s price');
  assert.notEqual(await fingerprint(page), before);

  await page.locator('#publish-date').fill('2027-01-01');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByTestId('diff').getByText('草稿与已发布版本相同').waitFor();

  await page.getByRole('link', { name: '柜台' }).first().click();
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.getByLabel('现月费').fill('88');
  await expectText(page.getByTestId('proposal').first().locator('h3'), '5G畅享89元', 'priced with the workbook\'s ¥0.01 plan');
  await page.context().close();
});

test('a workbook with three bad cells is refused with every one at its sheet, row and column', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  const before = await fingerprint(page);
  const book = await exported(page);
  const plans = book.getWorksheet('套餐 Plans');
  const fee = column(plans, '月费（元）');
  plans.getRow(4).getCell(fee).value = '12x';
  const slots = book.getWorksheet('融合成员 Bundle slots');
  const max = column(slots, '最多（条）');
  slots.getRow(3).getCell(max).value = null;
  const handsets = book.getWorksheet('终端 Handsets');
  const retail = column(handsets, '零售价（元）');
  handsets.getRow(2).getCell(retail).value = '-';
  await importBook(page, book);

  const errors = page.getByTestId('import-errors').locator('li');
  await expectCount(errors, 3);
  const letter = (n) => String.fromCharCode(64 + n);
  await expectText(errors.nth(0), `工作表“套餐”第 4 行 ${letter(fee)} 列（月费（元））：不是有效金额，例如 128.50（不是“12x”）`);
  await expectMatch(errors.nth(1), new RegExp(`^工作表“融合成员”第 3 行 ${letter(max)} 列（最多（条））：空白格表示“未设置”`));
  await expectMatch(errors.nth(2), new RegExp(`^工作表“终端”第 2 行 ${letter(retail)} 列（零售价（元））：`));
  assert.equal(await fingerprint(page), before, 'a refused workbook changes nothing');

  // In English, the same three places in English.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await importBook(page, book);
  await expectText(errors.nth(0), `sheet Plans, row 4, column ${letter(fee)} (Monthly fee (CNY)): Not an amount; e.g. 128.50 (not "12x")`);
  await expectMatch(errors.nth(1), new RegExp(`^sheet Bundle slots, row 3, column ${letter(max)} \\(Max \\(lines\\)\\): a blank cell means "not set"`));
  await page.context().close();
});
