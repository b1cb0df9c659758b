// The customer book (客户簿, proposal.html#/customers, issue 16): a rep
// saves two customers at the counter (the second started with 新客户, so
// the first is not overwritten), reloads and finds both, reopens one with
// its proposal, records a visit with an objection and a follow-up date and
// finds it among today's follow-ups, prints the blank visit form to A4,
// exports the book and imports it into an empty device identically, and
// imports a campaign pack's links.csv (made by `propose --pack`) as
// prepared customers whose links reopen at the counter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { start, printToPdf, expectText, expectMatch, expectCount, expectValue, TABLET } from './harness.mjs';

const LOGS = 'target/test-logs';
const ROOT = new URL('../..', import.meta.url).pathname;
let app;
before(async () => {
  app = await start();
  mkdirSync(LOGS, { recursive: true });
});
after(async () => { await app.close(); });

/** Today as the browser's `<input type="date">` writes it (local time). */
function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A customer at the counter: a quick start, a name, the first proposal chosen. */
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

const row = (page, name) => page.getByTestId('book-row').filter({ has: page.getByTestId('book-name').getByText(name, { exact: true }) });

/** The text of a download the click starts. */
async function download(page, testId) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

test('two customers kept, found after a reload, one reopened with its proposal, a visit followed up, the blank form printed, the book exported and re-imported identically', async () => {
  const page = await app.open('', TABLET);
  await takeCustomer(page, '临街店铺：1 固话 + 4 手机', '陈记五金');
  await page.getByTestId('new-customer').click();
  await expectValue(page.getByLabel('客户名称（可选）'), '');
  await takeCustomer(page, '家庭：3 手机 + 宽带', '李家');
  await openBook(page);
  await expectCount(page.getByTestId('book-row'), 2, 'both customers are in the book');
  await page.reload();
  await expectText(page.getByTestId('book-count'), '共 2 位客户');
  await expectCount(row(page, '陈记五金'), 1);
  await expectCount(row(page, '李家'), 1);
  await expectMatch(row(page, '陈记五金').getByTestId('book-quote'), /^Q-\d{8}-[0-9A-F]{6}$/);
  await page.getByTestId('book-search').fill('陈记');
  await expectCount(page.getByTestId('book-row'), 1, 'the search finds one');
  await page.getByTestId('book-search').fill('');

  // Reopen: the counter holds 陈记五金 again, with its chosen proposal.
  await row(page, '陈记五金').getByTestId('book-reopen').click();
  await page.waitForURL(/index\.html/);
  await expectValue(page.getByLabel('客户名称（可选）'), '陈记五金');
  await page.getByRole('link', { name: '生成建议书' }).click();
  await expectMatch(page.getByTestId('proposal-doc'), /陈记五金/);
  await page.getByRole('link', { name: '客户簿' }).click();
  await page.getByTestId('book-count').waitFor();
  await expectText(page.getByTestId('book-count'), '共 2 位客户', 'reopening added nobody');

  // A visit to 李家: price objection, a competitor's offer, follow up today.
  const li = row(page, '李家');
  await li.getByTestId('book-visit').click();
  const form = page.getByTestId('visit-form');
  await form.getByTestId('visit-met-name').fill('李太太');
  await form.getByTestId('visit-met-role').fill('户主');
  await form.getByTestId('visit-price').check();
  await form.getByTestId('visit-competitor').fill('移动 全家享');
  await form.getByTestId('visit-competitor-price').fill('158');
  await form.getByTestId('visit-outcome').selectOption('follow_up');
  await form.getByTestId('visit-follow-up').fill(today());
  await form.getByTestId('visit-save').click();
  await expectText(li.getByTestId('book-status'), '待跟进');
  await expectText(li.getByTestId('book-visits'), '1');
  await page.getByTestId('book-due-only').click();
  await expectCount(page.getByTestId('book-row'), 1, "only today's follow-up");
  await expectText(page.getByTestId('book-row').first().getByTestId('book-name'), '李家');
  await expectText(page.getByTestId('book-due'), `跟进日期 ${today()}（今天跟进）`);
  await page.getByTestId('book-due-only').click();

  // The visits sheet carries the objection and the competitor's price.
  const visits = await download(page, 'export-visits-csv');
  assert.ok(visits.text.startsWith('\uFEFF客户编号,客户名称'), 'a BOM and Chinese headers');
  assert.match(visits.text, /李家,.*李太太,户主,.*是,,,移动 全家享,158\.00/);

  // The blank form on A4.
  await page.getByTestId('book-blank-form').click();
  await page.getByTestId('blank-form').waitFor();
  const pdf = await printToPdf(page, `${LOGS}/visit-form.pdf`);
  assert.equal(pdf.pages, 1, 'one A4 page');
  const flat = pdf.text.replace(/\s+/g, '');
  for (const label of ['走访记录表/信息反馈表', '接待人职务', '是否决策人', '异议：价格', '异议：合约期', '异议：服务质量', '竞争对手价格（元/月）', '跟进日期', '下一步']) {
    assert.ok(flat.includes(label), `the form has ${label}`);
  }
  assert.ok(!flat.includes('客户簿'), 'no navigation on paper');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '返回客户簿' }).click();

  // Export, import into an empty device, export again: the same file.
  const exported = await download(page, 'export-json');
  assert.match(exported.name, /^customer-book-\d{8}\.json$/);
  const fresh = await app.open('proposal.html#/customers', TABLET);
  await expectText(fresh.getByTestId('book-count'), '共 0 位客户');
  const file = `${LOGS}/book-export.json`;
  writeFileSync(file, exported.text);
  await fresh.getByTestId('book-import').setInputFiles(file);
  await expectText(fresh.getByTestId('book-imported').locator('p').first(), '已导入 2 位客户，跳过 0 位（编号已在客户簿中）');
  const again = await download(fresh, 'export-json');
  assert.equal(again.text, exported.text, 'the re-imported book exports identically');
  await fresh.reload();
  await expectText(fresh.getByTestId('book-count'), '共 2 位客户', 'kept across a reload');
  await fresh.context().close();
  await page.context().close();
});

test("a campaign pack's links.csv comes in as prepared customers whose links reopen at the counter", async () => {
  const dir = `${ROOT}target/test-logs/book-pack`;
  rmSync(dir, { recursive: true, force: true });
  execFileSync('cargo', [
    'run', '-q', '-p', 'proposal-engine', '--bin', 'propose', '--',
    '--catalog', 'catalog/default.json', '--customers', 'engine/tests/data/pack.json',
    '--pack', dir, '--app-url', app.base,
  ], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] });
  const links = readFileSync(`${dir}/links.csv`, 'utf8');
  const rows = links.trim().split('\n').length - 1;
  assert.ok(rows >= 2, 'the pack proposes for several customers');
  const page = await app.open('proposal.html#/customers', TABLET);
  await page.getByTestId('book-import').setInputFiles(`${dir}/links.csv`);
  await expectText(page.getByTestId('book-imported').locator('p').first(), `已导入 ${rows} 位客户，跳过 0 位（编号已在客户簿中）`);
  await expectCount(page.getByTestId('book-row'), rows);
  await page.getByTestId('book-filter-status').selectOption('prepared');
  await expectCount(page.getByTestId('book-row'), rows, 'all prepared (待拜访)');
  const first = page.getByTestId('book-row').first();
  const name = (await first.getByTestId('book-name').textContent()).trim();
  await first.getByTestId('book-reopen').click();
  await page.waitForURL(/index\.html/);
  await expectValue(page.getByLabel('客户名称（可选）'), name);
  await page.getByRole('link', { name: '生成建议书' }).waitFor();
  await page.context().close();
});

test('清空 at the counter keeps the customer in the book; nothing typed is lost', async () => {
  const page = await app.open('', TABLET);
  await takeCustomer(page, '家庭：3 手机 + 宽带', '清空前的客户');
  await page.getByRole('button', { name: '清空', exact: true }).click();
  await expectValue(page.getByLabel('客户名称（可选）'), '');
  await expectCount(page.locator('.line-card'), 0, 'the counter starts afresh');
  await openBook(page);
  await expectCount(row(page, '清空前的客户'), 1, 'the cleared customer is in the book');
  await page.context().close();
});
