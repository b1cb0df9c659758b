// A proposal a rep saved in the customer book keeps its prices (issue 18):
// chosen under version 1 on the tablet, then a manager publishes and
// deploys version 2; the tablet picks version 2 up, and the customer
// reopened from the book is priced at version 1 on the counter and in the
// printable proposal, marked "prices of version 1, since replaced by
// version 2", with the book's saving unchanged. After its validity date the
// counter says so and re-prices under version 2 with the difference, and
// the book keeps the new figures. Runs on a copy of dist/ so the test can
// deploy version 2 into its tables/ folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, DIST, TABLET, expectText, expectMatch, expectCount, deployBundleFee } from './harness.mjs';

let app;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'book-history-'));
  cpSync(DIST, dir, { recursive: true });
  app = await start(dir);
});
after(async () => { await app.close(); });

const MARK = '按第 1 版（2026-12-01）价格计算，该版已由第 2 版（2026-12-07）取代';
const row = (page, name) => page.getByTestId('book-row').filter({ has: page.getByTestId('book-name').getByText(name, { exact: true }) });
const chosenCard = (page) => page.locator('[data-testid="proposal"].chosen');

async function openBook(page) {
  await page.getByRole('link', { name: '客户簿' }).click();
  await page.getByTestId('book-count').waitFor();
}

test('a proposal saved under version 1 reopens from the book at its prices with the mark, and once expired is re-priced with the difference', async () => {
  const page = await app.open('', TABLET, 'zh-CN', new Date('2026-12-07T10:00:00+08:00'));
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await page.getByLabel('客户名称（可选）').fill('周家');
  await page.getByTestId('proposal').first().getByRole('button', { name: '选用此方案' }).click();
  const saving = await chosenCard(page).getByTestId('horizon-saving').locator('dd').textContent();
  await openBook(page);
  const monthly = await row(page, '周家').getByTestId('book-saving').textContent();

  // Version 2: the family bundle ¥20 a month dearer, deployed; the
  // tablet takes it up on its next start.
  await deployBundleFee(app, dir, 'bundle.family', '149', '2026-12-07');
  await page.reload();
  await expectText(row(page, '周家').getByTestId('book-saving'), monthly, 'the book keeps version 1 figures');
  await row(page, '周家').getByTestId('book-reopen').click();
  await expectMatch(page.getByTestId('tables-in-use'), /^价格表第 2 版 · 2026-12-07 起执行/);
  await expectText(page.getByTestId('counter-history-mark').locator('p').first(), MARK);
  assert.equal(await page.getByTestId('history-expired').count(), 0, 'still valid: no expiry');
  await expectText(chosenCard(page).getByTestId('horizon-saving').locator('dd'), saving, 'the saving it was made with');
  await page.getByRole('link', { name: '生成建议书' }).click();
  await expectText(page.getByTestId('doc-horizon-saving'), saving, 'the printable proposal at version 1 prices');
  await expectText(page.getByTestId('doc-history-mark').locator('p').first(), MARK);

  // Five weeks on, past its validity date (14 days from the day it was made).
  await page.context().clock.setFixedTime(new Date('2027-01-15T10:00:00+08:00'));
  // Reopened from the book again: the date it was given, not 14 more days.
  await page.goto(app.base + 'proposal.html#/customers');
  await row(page, '周家').getByTestId('book-reopen').click();
  await expectText(page.getByTestId('history-expired'), '本建议书有效期至 2026-12-21，已过期，第 1 版价格不再有效。可按现行第 2 版价格重新计算。');
  await expectText(chosenCard(page).getByTestId('horizon-saving').locator('dd'), saving, 'shown as it was made until re-priced');
  await page.getByTestId('counter-reprice').click();
  // The same packages at version 2: ¥20 a month dearer, less the
  // promotions' share of it (a percentage off), over 24 months.
  await expectMatch(page.getByTestId('counter-repriced'), new RegExp(`^按现行价格：24 个月共节省 ¥[\\d,]+\\.\\d\\d（原为 ${saving.replace(/[$.]/g, '\\$&')}，少 ¥4[0-8]\\d\\.\\d\\d）（同一套餐组合）$`));
  await expectCount(page.getByTestId('counter-history-mark'), 0, 'priced with the current tables now');
  const now = await chosenCard(page).getByTestId('horizon-saving').locator('dd').textContent();
  assert.notEqual(now, saving);
  await openBook(page);
  await expectCount(row(page, '周家'), 1, 'the same customer, not a new one');
  const after = await row(page, '周家').getByTestId('book-saving').textContent();
  assert.notEqual(after, monthly, 'the book keeps the re-priced figures');
  await page.context().close();
});
