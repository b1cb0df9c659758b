// The printable customer proposal (客户建议书): a rep builds a proposal at
// the counter, opens the document, enters their name and phone once, and
// prints it to A4 through Chromium. The PDF's figures must be the ones worked
// out by hand from the default tables (and the engine's), each printed at its
// label, in Chinese and in English, on one or two pages for up to ten lines;
// its QR code decodes (jsQR, from a screenshot) to the link, and the link
// reopens the same proposal on a phone. Pages are also rendered to PNG
// (target/test-logs/proposal-*.png) to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  start, engineProposals, printToPdf, yuan, expectText, expectMatch, expectAttr, expectCount, expectValue, TABLET, PHONE,
} from './harness.mjs';

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

/** The cells of a `pdftotext -layout` line: runs of text between wide gaps. */
const cells = (line) => line.trim().split(/\s{2,}/).filter(Boolean);

/** A printed amount or month. */
const FIGURE = /^(-?¥|第 \d+ 个月$|Month \d+$)/;

/** What the PDF prints at `label` in the section headed `section`: the cell
 * after the label on its line (a table row), else the cell in the same place
 * on the next line (a figure under its label). Null when no cell of the
 * section is exactly the label. */
export function atLabel(text, section, label) {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.trim() === section);
  assert.ok(from >= 0, `the section "${section}" is printed`);
  for (let i = from + 1; i < lines.length; i += 1) {
    const row = cells(lines[i]);
    const k = row.indexOf(label);
    if (k < 0) continue;
    if (k + 1 < row.length && FIGURE.test(row[k + 1])) return row[k + 1];
    const below = lines.slice(i + 1).find((l) => l.trim() !== '');
    return below === undefined ? null : cells(below)[k] ?? null;
  }
  return null;
}

test('a street shop proposal prints on A4 with its figures at their labels, in Chinese and English', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '临街店铺：1 固话 + 4 手机' }).click();
  await page.getByLabel('客户名称（可选）').fill('陈记五金');
  // The landline comes from another operator (异网): it is installed, so it
  // pays fee.ll-install (fees[].origins); the mobiles are this operator's.
  await page.locator('.line-card').first().getByRole('button', { name: '异网' }).click();
  const best = await openDocument(page);
  await page.locator('#rep-name').fill('王丽');
  await page.locator('#rep-phone').fill('138 0013 8000');
  await expectText(page.getByTestId('doc-rep'), '王丽 138 0013 8000');
  const quote = await page.getByTestId('quote-number').textContent();
  assert.match(quote, /^Q-\d{8}-[0-9A-F]{6}$/);
  // By hand, from catalog/default.json: the street shop preset pays ¥80 + 4 ×
  // ¥98 = ¥472.00 a month (¥11,328.00 over 24 months). 商航套餐: ¥68 + 4 × ¥20
  // of fees; usage beyond it (long distance counted as domestic minutes): the
  // landline 900 + 400 − 1,000 = 300 × ¥0.10 = ¥30.00; all 5 voice lines in
  // the one instance, so each mobile's whole 35% to the own lines is free,
  // long distance included (free_calls_scope same_instance, 4 others of 4;
  // free_calls_long_distance): 700 × 65% = 455 + 300 × 65% = 195: 650 − 300
  // = 350 × ¥0.10 = ¥35.00 each: 30 + 4 × 35 = ¥170.00.
  // 5 lines moved: 5% off the fees (promo.volume). Months 1-3 the bundle's
  // own ¥68 is waived (new-biz-3free), the members pay 4 × 19: 76 + 170 =
  // ¥246.00, saving ¥226.00 a month; months 4-24: 148 − 7.40 + 170 =
  // ¥310.60, saving ¥161.40. One-off: landline installation ¥50.00 (the landline
  // from another operator; the mobiles from this operator pay no SIM). Total
  // 3 × 246 + 21 × 310.60 + 50 = 738 + 6,522.60 + 50 = ¥7,310.60; saving
  // 11,328 − 7,310.60 = ¥4,017.40; first year 12 × 472 − (50 + 3 × 246 +
  // 9 × 310.60) = 5,664 − 3,583.40 = ¥2,080.60.
  // The ¥50 is paid in month 1, so the saving a month is stated from month 2:
  // 472 − 246 = ¥226.00. The later saving is the last bill step's (issue
  // 14): months 4-24 at ¥310.60, saving 472 − 310.60 = ¥161.40 a month (the
  // ¥318.00 once promo.volume ends is no month of the 24). The first bill
  // ¥246.00, the ¥50 apart.
  const expected = {
    title: '商航套餐', current: '¥472.00', currentTotal: '¥11,328.00', total: '¥7,310.60',
    oneOffs: '¥50.00', horizon: '¥4,017.40', firstYear: '¥2,080.60', now: '¥226.00', after: '¥161.40',
    firstBill: '¥246.00',
  };
  // The engine agrees with the hand (a cross-check, not the expectation).
  assert.equal(yuan(best.priced.total), expected.total);
  assert.equal(yuan(best.priced.savings.horizon), expected.horizon);
  await expectText(page.getByTestId('doc-title'), expected.title);
  await expectText(page.getByTestId('doc-horizon-saving'), expected.horizon);
  await expectText(page.getByTestId('doc-total'), expected.total);

  // [section, label] of each figure on paper.
  const labels = {
    zh: {
      current: ['一、您目前的情况', '目前每月合计'],
      now: ['三、您能节省多少', '第 2 个月起每月省'],
      after: ['三、您能节省多少', '第 4 个月起每月省'],
      firstYear: ['三、您能节省多少', '第一年共省'],
      horizon: ['三、您能节省多少', '24 个月合计省'],
      oneOffs: ['四、全部费用', '一次性费用合计'],
      firstBill: ['四、全部费用', '首月账单（不含一次性费用）'],
      total: ['四、全部费用', '24 个月总费用（含一次性费用）'],
      currentTotal: ['四、全部费用', '保持现状 24 个月总费用'],
    },
    en: {
      current: ['1. Your situation today', 'Today\'s monthly total'],
      now: ['3. What you save', 'A month, from month 2'],
      after: ['3. What you save', 'Saving a month from month 4'],
      firstYear: ['3. What you save', 'Saving in the first year'],
      horizon: ['3. What you save', 'Saving over 24 months'],
      oneOffs: ['4. Every cost', 'One-off fees in all'],
      firstBill: ['4. Every cost', 'First bill (one-offs apart)'],
      total: ['4. Every cost', 'Total over 24 months (one-offs included)'],
      currentTotal: ['4. Every cost', 'Keeping what you have, 24 months'],
    },
  };
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
    for (const [key, [section, label]] of Object.entries(labels[lang])) {
      assert.equal(atLabel(text, section, label), expected[key], `${lang}: ${expected[key]} is printed at "${label}"`);
    }
    for (const s of [quote, '王丽', '13800138000', '陈记五金']) assert.ok(flat.includes(s), `${lang}: ${s} is in the PDF`);
    // The buttons and the rep's form stay off the paper.
    assert.ok(!flat.includes(squash(lang === 'zh' ? '打印 / 保存 PDF' : 'Print / save as PDF')));
  }
  await page.context().close();
});

// Ten lines, six of them with usage estimated from the fee (their words, the
// chart with its axes, the day's payment): three A4 pages at most, the
// signatures never alone on a page of their own. (Two pages before issue
// 14's estimate words and chart axes; getting back to two is open.)
test('ten lines fit on at most three A4 pages', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: '+ 手机' }).click();
  const fees = page.getByLabel('现月费');
  await expectCount(fees, 10);
  for (let i = 4; i < 10; i += 1) await fees.nth(i).fill(String(39 + i * 10));
  const best = await openDocument(page);
  await expectCount(page.locator('.doc-table').first().locator('tbody tr'), 11, 'ten lines and the total');
  const { pages, text } = await printToPdf(page, `${LOGS}/proposal-10-lines.pdf`);
  lookAt(`${LOGS}/proposal-10-lines.pdf`, 'proposal-10-lines');
  assert.ok(pages <= 3, `ten lines on at most three pages (got ${pages})`);
  const horizon = `${best.priced.horizon} 个月合计省`;
  assert.equal(atLabel(text, '三、您能节省多少', horizon), yuan(best.priced.savings.horizon), `the saving is printed at "${horizon}"`);
  await page.context().close();
});

test('the rep is remembered on the device, and the validity date is checked at its field', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await openDocument(page);
  const issued = await page.getByTestId('issued').textContent();
  const [y, m, d] = issued.split('-').map(Number);
  const plus14 = new Date(Date.UTC(y, m - 1, d + 14)).toISOString().slice(0, 10);
  await expectText(page.getByTestId('valid-until'), plus14, 'valid for 14 days by default');
  await page.locator('#rep-name').fill('李强');
  await page.locator('#rep-phone').fill('12');
  await expectAttr(page.locator('#rep-phone'), 'aria-invalid', 'true');
  await page.locator('#rep-phone').fill('0755-8888 6666');
  await expectAttr(page.locator('#rep-phone'), 'aria-invalid', 'false');
  await expectText(page.getByTestId('doc-rep'), '李强 0755-8888 6666');
  // A date in the past is refused at the field; the document keeps the default meanwhile.
  await page.locator('#valid-until').fill('2020-01-01');
  await expectAttr(page.locator('#valid-until'), 'aria-invalid', 'true');
  await expectText(page.getByTestId('valid-until'), plus14);
  const later = `${y + 1}-01-31`;
  await page.locator('#valid-until').fill(later);
  await expectAttr(page.locator('#valid-until'), 'aria-invalid', 'false');
  await expectText(page.getByTestId('valid-until'), later);
  await page.reload();
  await page.getByTestId('proposal-doc').waitFor();
  await expectValue(page.locator('#rep-name'), '李强');
  await expectText(page.getByTestId('doc-rep'), '李强 0755-8888 6666');
  await expectText(page.getByTestId('valid-until'), later);
  await page.context().close();
});

/** What the QR code on `page` says, read from a screenshot of it as a phone's
 * camera would (jsQR on the pixels, nothing from the app's own encoder). */
async function readQr(page) {
  const shot = PNG.sync.read(await page.locator('.doc-share svg.qr-code').screenshot());
  const code = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  assert.ok(code, 'the QR code decodes');
  return code.data;
}

test('the QR code reads as the link, and the link reopens the same proposal, with the rep, on a phone', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await openDocument(page);
  await page.locator('#rep-name').fill('王丽');
  await page.locator('#rep-phone').fill('13800138000');
  // The link and the code carry the rep once the document shows them.
  await expectText(page.getByTestId('doc-rep'), '王丽 13800138000');
  await expectCount(page.locator('.doc-share svg.qr-code'), 1, 'a QR code is drawn');
  const link = await page.getByTestId('doc-link').textContent();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/customer\.html#\/p\/[A-Za-z0-9_-]+$/);
  assert.equal(await readQr(page), link, 'the QR code is the link, character for character');
  const saving = await page.getByTestId('doc-horizon-saving').textContent();
  assert.equal(saving, '¥6,093.60', 'the family preset\'s saving (see share.test.mjs)');
  const phone = await app.open(link.slice(link.indexOf('#')), PHONE);
  await expectText(phone.getByTestId('shared-saving'), saving);
  await expectMatch(phone.locator('.rep-line'), /王丽 13800138000/);
  // The customer opens the full proposal on the phone: the rep's name is on it.
  await phone.getByRole('button', { name: '打开完整建议书' }).click();
  await phone.getByTestId('proposal-doc').waitFor();
  await expectText(phone.getByTestId('doc-horizon-saving'), saving);
  await expectText(phone.getByTestId('doc-rep'), '王丽 13800138000');
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
  const row = page.getByTestId('table-plans').locator('tbody tr', { hasText: 'plan.m-89' });
  await row.getByRole('button', { name: '编辑' }).click();
  await page.locator('#plan-monthly_fee').fill('0.01');
  await expectText(row.locator('td').nth(3), '¥0.01');
  await page.getByRole('link', { name: '柜台' }).first().click();
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.getByLabel('现月费').fill('88');
  await openDocument(page);
  // 5G畅享89元 at ¥0.01 covers the line's usage (no minutes, no data typed).
  await expectText(page.getByTestId('doc-title'), '5G畅享89元', 'the edited plan is proposed');
  await page.getByTestId('doc-not-published').waitFor();
  const { text } = await printToPdf(page, `${LOGS}/proposal-draft.pdf`);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(squash(text).includes('非公开发布价格'), 'the mark is on the paper');
  const saving = await page.getByTestId('doc-horizon-saving').textContent();
  const link = await page.getByTestId('doc-link').textContent();
  const phone = await app.open(link.slice(link.indexOf('#')), PHONE);
  await expectText(phone.getByTestId('shared-saving'), saving, 'the phone prices with the rep\'s edited prices');
  await phone.getByText('调整后的价格').waitFor();
  await phone.getByRole('button', { name: '打开完整建议书' }).click();
  await phone.getByTestId('doc-not-published').waitFor();
  await expectText(phone.getByTestId('doc-horizon-saving'), saving);
  await phone.context().close();
  await page.context().close();
});
