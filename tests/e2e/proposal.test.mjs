// The printable customer proposal (客户建议书): a rep builds a proposal at
// the counter, opens the document, enters their name and phone once, and
// prints it to A4 through Chromium. The PDF's figures must be the engine's to
// the fen, in Chinese and in English, on one or two pages for up to ten lines;
// its QR link reopens the same proposal on a phone. Pages are also rendered
// to PNG (target/test-logs/proposal-*.png) to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { start, engineProposals, printToPdf, yuan, TABLET, PHONE } from './harness.mjs';

const LOGS = 'target/test-logs';
let app;
before(async () => {
  app = await start();
  mkdirSync(LOGS, { recursive: true });
});
after(async () => { await app.close(); });

/** Chooses the first proposal at the counter and opens its document;
 * returns the engine's numbers for that proposal. */
async function openDocument(page) {
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  const engine = await engineProposals(await page.locator('#customer-json').textContent());
  const keepWins = engine.baseline.priced.total <= engine.alternatives[0].priced.total;
  const best = keepWins ? engine.baseline : engine.alternatives[0];
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('link', { name: '生成建议书' }).click();
  await page.getByTestId('proposal-doc').waitFor();
  return best;
}

/** Strips pdftotext's layout spaces so CJK words and figures read whole. */
const squash = (s) => s.replace(/\s+/g, '');

function lookAt(pdf, name) {
  for (const f of readdirSync(LOGS)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(`${LOGS}/${f}`);
  execFileSync('pdftoppm', ['-r', '70', '-png', pdf, `${LOGS}/${name}`]);
}

test('a street shop proposal prints on A4 with the engine\'s figures, in Chinese and English', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '临街店铺：1 固话 + 4 手机' }).click();
  await page.getByLabel('客户名称（可选）').fill('陈记五金');
  const best = await openDocument(page);
  await page.locator('#rep-name').fill('王丽');
  await page.locator('#rep-phone').fill('138 0013 8000');
  const quote = await page.getByTestId('quote-number').textContent();
  assert.match(quote, /^Q-\d{8}-[0-9A-F]{6}$/);
  assert.equal(await page.getByTestId('doc-horizon-saving').textContent(), yuan(best.priced.savings.horizon));
  assert.equal(await page.getByTestId('doc-total').textContent(), yuan(best.priced.total));

  const figures = [
    best.priced.savings.horizon, best.priced.savings.first_year, best.priced.total,
    best.priced.one_offs_total, best.priced.current_monthly, best.priced.current_total,
  ].map(yuan);
  for (const [lang, title] of [['zh', '客户建议书'], ['en', 'Customer proposal']]) {
    if (lang === 'en') {
      await page.getByRole('button', { name: 'EN' }).click();
      await page.getByText('Customer proposal').first().waitFor();
    }
    const pdf = `${LOGS}/proposal-${lang}.pdf`;
    const { pages, text } = await printToPdf(page, pdf);
    await page.emulateMedia({ media: 'screen' });
    lookAt(pdf, `proposal-${lang}`);
    assert.ok(pages >= 1 && pages <= 2, `${lang}: 1 to 2 A4 pages (got ${pages})`);
    const flat = squash(text);
    assert.ok(flat.includes(squash(title)), `${lang}: the title is printed`);
    for (const f of figures) assert.ok(flat.includes(f), `${lang}: ${f} is in the PDF`);
    for (const s of [quote, '王丽', '13800138000', '陈记五金']) assert.ok(flat.includes(s), `${lang}: ${s} is in the PDF`);
    // The buttons and the rep's form stay off the paper.
    assert.ok(!flat.includes(squash(lang === 'zh' ? '打印 / 保存 PDF' : 'Print / save as PDF')));
  }
  assert.deepEqual(app.errors, []);
  await page.context().close();
});

test('ten lines still fit on two A4 pages', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: '+ 手机' }).click();
  const fees = page.getByLabel('现月费');
  for (let i = 4; i < 10; i += 1) await fees.nth(i).fill(String(39 + i * 10));
  const best = await openDocument(page);
  assert.equal(await page.locator('.doc-table').first().locator('tbody tr').count(), 11, 'ten lines and the total');
  const { pages, text } = await printToPdf(page, `${LOGS}/proposal-10-lines.pdf`);
  lookAt(`${LOGS}/proposal-10-lines.pdf`, 'proposal-10-lines');
  assert.ok(pages <= 2, `ten lines on at most two pages (got ${pages})`);
  assert.ok(squash(text).includes(yuan(best.priced.savings.horizon)));
  await page.context().close();
});

test('the rep is remembered on the device, and the validity date is checked at its field', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await openDocument(page);
  const issued = await page.getByTestId('issued').textContent();
  const [y, m, d] = issued.split('-').map(Number);
  const plus14 = new Date(Date.UTC(y, m - 1, d + 14)).toISOString().slice(0, 10);
  assert.equal(await page.getByTestId('valid-until').textContent(), plus14, 'valid for 14 days by default');
  await page.locator('#rep-name').fill('李强');
  await page.locator('#rep-phone').fill('12');
  assert.equal(await page.locator('#rep-phone').getAttribute('aria-invalid'), 'true');
  await page.locator('#rep-phone').fill('0755-8888 6666');
  assert.equal(await page.locator('#rep-phone').getAttribute('aria-invalid'), 'false');
  // A date in the past is refused at the field; the document keeps the default meanwhile.
  await page.locator('#valid-until').fill('2020-01-01');
  assert.equal(await page.locator('#valid-until').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByTestId('valid-until').textContent(), plus14);
  const later = `${y + 1}-01-31`;
  await page.locator('#valid-until').fill(later);
  assert.equal(await page.getByTestId('valid-until').textContent(), later);
  await page.reload();
  await page.getByTestId('proposal-doc').waitFor();
  assert.equal(await page.locator('#rep-name').inputValue(), '李强');
  assert.equal(await page.getByTestId('doc-rep').textContent(), '李强 0755-8888 6666');
  assert.equal(await page.getByTestId('valid-until').textContent(), later);
  await page.context().close();
});

test('the QR link reopens the same proposal, with the rep, on a phone', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await openDocument(page);
  await page.locator('#rep-name').fill('王丽');
  await page.locator('#rep-phone').fill('13800138000');
  assert.equal(await page.locator('.doc-share svg.qr-code').count(), 1, 'a QR code is drawn');
  const link = await page.getByTestId('doc-link').textContent();
  const saving = await page.getByTestId('doc-horizon-saving').textContent();
  const phone = await app.open(link.slice(link.indexOf('#')), PHONE);
  assert.equal(await phone.getByTestId('shared-saving').textContent(), saving);
  assert.match(await phone.locator('.rep-line').textContent(), /王丽 13800138000/);
  // The customer opens the full proposal on the phone: the rep's name is on it.
  await phone.getByRole('button', { name: '打开完整建议书' }).click();
  await phone.getByTestId('proposal-doc').waitFor();
  assert.equal(await phone.getByTestId('doc-horizon-saving').textContent(), saving);
  assert.equal(await phone.getByTestId('doc-rep').textContent(), '王丽 13800138000');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'nothing wider than the phone');
  await phone.context().close();
  await page.context().close();
});

test('without a chosen proposal the page says what to do', async () => {
  const page = await app.open('#/proposal', TABLET);
  await page.getByTestId('no-proposal').waitFor();
  await page.getByRole('link', { name: '返回柜台' }).click();
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).waitFor();
  await page.context().close();
});

test('draft prices are marked on paper, and the link carries them to the phone', async () => {
  const page = await app.open('tables.html#/tables', TABLET);
  await page.locator('#filter-plans').fill('plan.m-89');
  await page.getByTestId('table-plans').locator('tbody tr', { hasText: 'plan.m-89' }).getByRole('button', { name: '编辑' }).click();
  await page.locator('#plan-monthly_fee').fill('0.01');
  await page.getByRole('link', { name: '柜台' }).first().click();
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.getByLabel('现月费').fill('88');
  await openDocument(page);
  assert.match(await page.getByTestId('doc-title').textContent(), /89/, 'the edited plan is proposed');
  await page.getByTestId('doc-not-published').waitFor();
  const { text } = await printToPdf(page, `${LOGS}/proposal-draft.pdf`);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(squash(text).includes('非公开发布价格'), 'the mark is on the paper');
  const saving = await page.getByTestId('doc-horizon-saving').textContent();
  const link = await page.getByTestId('doc-link').textContent();
  const phone = await app.open(link.slice(link.indexOf('#')), PHONE);
  assert.equal(await phone.getByTestId('shared-saving').textContent(), saving, 'the phone prices with the rep\'s edited prices');
  await phone.getByText('调整后的价格').waitFor();
  await phone.getByRole('button', { name: '打开完整建议书' }).click();
  await phone.getByTestId('doc-not-published').waitFor();
  assert.equal(await phone.getByTestId('doc-horizon-saving').textContent(), saving);
  await phone.context().close();
  await page.context().close();
});
