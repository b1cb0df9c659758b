// The customer's phone (390x844), opened from a shared link (#14): lines are
// removed and added by their kind; the full proposal of what the phone shows
// always opens, at its top, as the customer's view (no rep navigation, no
// rep form, no way to the counter); minutes and data move by a step that
// fits them and can be typed; the cost chart is readable at every size and
// in print (12 px words, no overlap, inside its box, axis values in ¥ and
// months), with the same numbers as a table and a text alternative that
// names the totals and the saving. Screenshots: target/test-logs/phone-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { start, expectText, expectCount, expectValue, TABLET, PHONE } from './harness.mjs';

const LOGS = 'target/test-logs';
let app;
before(async () => {
  app = await start();
  mkdirSync(LOGS, { recursive: true });
});
after(async () => { await app.close(); });

/** The family preset's chosen proposal shared from the counter: its link. */
async function familyLink() {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  const card = page.getByTestId('proposal').first();
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('button', { name: '分享给客户' }).click();
  await page.frameLocator('[data-testid="share-qr"]').getByRole('link', { name: '在此打开' }).click();
  await page.getByTestId('shared-saving').waitFor();
  const url = page.url();
  await page.context().close();
  return url.slice(url.indexOf('#'));
}

/** The per-kind line stepper `kind` (手机, 固话, 宽带) and its count. */
const kindStepper = (phone, kind) => phone.getByRole('group', { name: `${kind} 号码数`, exact: true });
const lineCount = (phone, kind) => kindStepper(phone, kind).locator('.stepper-value');
/** The kinds of the lines the self-check lists, in order ("#1 手机" ...). */
const listedLines = (phone) => phone.locator('.usage-row .usage-line').allTextContents();

test('a line is removed or added by its kind: minus then plus on broadband gives back the broadband', async () => {
  const phone = await app.open(await familyLink(), PHONE);
  await expectText(lineCount(phone, '手机'), '3');
  await expectText(lineCount(phone, '固话'), '0');
  await expectText(lineCount(phone, '宽带'), '1');
  await phone.getByRole('button', { name: '减少 宽带 号码数', exact: true }).click();
  await expectText(lineCount(phone, '宽带'), '0', 'the broadband is removed');
  await expectText(lineCount(phone, '手机'), '3', 'the mobiles stay');
  await phone.getByRole('button', { name: '增加 宽带 号码数', exact: true }).click();
  await expectText(lineCount(phone, '宽带'), '1', 'plus on broadband adds a broadband');
  await expectText(lineCount(phone, '手机'), '3', 'not a fourth mobile');
  await phone.getByRole('button', { name: '增加 手机 号码数', exact: true }).click();
  await expectText(lineCount(phone, '手机'), '4');
  await phone.getByRole('button', { name: '增加 固话 号码数', exact: true }).click();
  await expectText(lineCount(phone, '固话'), '1', 'a kind the customer did not have');
  assert.deepEqual(await listedLines(phone), ['#1 手机', '#2 手机', '#3 手机', '#4 手机', '#5 宽带', '#6 固话']
    .filter((l) => !l.includes('宽带')), 'each line listed with its kind (the broadband has no minutes or data)');
  await phone.getByRole('button', { name: '减少 手机 号码数', exact: true }).click();
  await expectText(lineCount(phone, '手机'), '3');
  await expectText(lineCount(phone, '固话'), '1', 'minus on mobiles removes a mobile only');
  await phone.context().close();
});

test('after a change of lines the full proposal of what the phone shows opens at its top, the customer\'s view only', async () => {
  const phone = await app.open(await familyLink(), PHONE);
  await expectCount(phone.locator('.app-nav'), 0, 'the shared link shows no rep navigation');
  await phone.getByRole('button', { name: '减少 宽带 号码数', exact: true }).click();
  await expectText(lineCount(phone, '宽带'), '0');
  const title = (await phone.getByTestId('shared-title').textContent()).trim();
  const saving = (await phone.getByTestId('shared-saving').textContent()).trim();
  await phone.getByRole('button', { name: '打开完整建议书' }).click();
  await phone.getByTestId('proposal-doc').waitFor();
  await expectCount(phone.getByTestId('no-proposal'), 0, 'never "还没有选定方案"');
  await expectText(phone.getByTestId('doc-horizon-saving'), saving, 'the same proposal as the phone showed');
  assert.ok((await phone.getByTestId('proposal-doc').textContent()).includes(title), `the document is "${title}"`);
  assert.equal(await phone.evaluate(() => window.scrollY), 0, 'opened at its top');
  const top = await phone.getByTestId('proposal-doc').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 844, `the document starts on the screen (${top})`);
  await expectCount(phone.locator('.app-nav'), 0, 'no rep navigation');
  await expectCount(phone.getByRole('link', { name: '返回柜台' }), 0, 'no way to the counter');
  await expectCount(phone.getByLabel('客户经理姓名'), 0, 'no rep form');
  await phone.screenshot({ path: `${LOGS}/phone-proposal-zh.png` });
  await phone.getByRole('link', { name: '返回我的方案' }).click();
  await expectText(phone.getByTestId('shared-saving'), saving, 'back to the same self-check');
  await expectText(lineCount(phone, '宽带'), '0', 'with the customer\'s change');
  await phone.context().close();
});

test('minutes move 50 a tap, data 1 GB a tap, and either can be typed', async () => {
  const phone = await app.open(await familyLink(), PHONE);
  const minutes = phone.getByRole('textbox', { name: '#1 手机 通话（分钟）', exact: true });
  const data = phone.getByRole('textbox', { name: '#1 手机 流量（GB）', exact: true });
  await expectValue(minutes, '800');
  const saving0 = (await phone.getByTestId('shared-saving').textContent()).trim();
  const down = phone.getByRole('button', { name: '减少 #1 手机 通话（分钟）', exact: true });
  for (const v of ['750', '700', '650', '600', '550', '500']) {
    await down.click();
    await expectValue(minutes, v, 'a tap is 50 minutes: 800 to 500 in 6 taps');
  }
  const saving500 = (await phone.getByTestId('shared-saving').textContent()).trim();
  await minutes.fill('800');
  await expectText(phone.getByTestId('shared-saving'), saving0, 'typed 800 prices as 800');
  await minutes.fill('500');
  await minutes.press('Enter');
  await expectText(phone.getByTestId('shared-saving'), saving500, 'typed 500 prices as 500');
  await expectValue(minutes, '500');
  await minutes.fill('12x');
  await phone.locator('.usage-input.invalid .field-error').first().waitFor();
  await expectText(phone.getByTestId('shared-saving'), saving500, 'a refused value changes nothing');
  await minutes.fill('500');
  await expectCount(phone.locator('.usage-input .field-error'), 0);
  await expectValue(data, '30');
  await phone.getByRole('button', { name: '增加 #1 手机 流量（GB）', exact: true }).click();
  await expectValue(data, '31', 'a data tap is 1 GB');
  await data.fill('2.5');
  await data.blur();
  await expectValue(data, '2.5', 'data is typed in GB, decimals kept');
  await phone.getByRole('button', { name: '增加 #1 手机 流量（GB）', exact: true }).click();
  await expectValue(data, '3', 'then up to the next whole GB');
  await phone.screenshot({ path: `${LOGS}/phone-selfcheck-zh.png`, fullPage: true });
  await phone.context().close();
});

/** What is wrong with the chart of `page` (the first .cost-chart): words
 * under 11 px, words overlapping, words outside the chart's box. */
const chartProblems = (page) => page.locator('.cost-chart').first().evaluate((fig) => {
  // The drawing this medium shows (the screen's, or the paper's in print).
  const svg = [...fig.querySelectorAll(':scope > svg')].find((e) => getComputedStyle(e).display !== 'none');
  const box = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')];
  const found = [];
  const rects = texts.map((t) => {
    const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    if (px < 11) found.push(`"${t.textContent}" at ${px.toFixed(1)} px`);
    const r = t.getBoundingClientRect();
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
      found.push(`"${t.textContent}" outside the box`);
    }
    return { r, text: t.textContent };
  });
  for (let i = 0; i < rects.length; i += 1) {
    for (let j = i + 1; j < rects.length; j += 1) {
      const [a, b] = [rects[i].r, rects[j].r];
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
        found.push(`"${rects[i].text}" overlaps "${rects[j].text}"`);
      }
    }
  }
  const named = fig.querySelector(':scope > svg[role=img]');
  return { found, words: texts.map((t) => t.textContent), label: named.getAttribute('aria-label') };
});

/** The chart's checks on `page`, `where`. */
async function expectReadableChart(page, where) {
  const { found, words, label } = await chartProblems(page);
  assert.deepEqual(found, [], `${where}: every word of the chart readable`);
  assert.ok(words.some((w) => /^¥\d[\d,]*$/.test(w)), `${where}: amounts on the axis (${words})`);
  assert.ok(words.some((w) => /^24 个月$/.test(w)), `${where}: months on the axis (${words})`);
  assert.equal(words.filter((w) => w.includes('优惠结束')).length, new Set(words.filter((w) => w.includes('优惠结束'))).size,
    `${where}: one label a month`);
  assert.ok(words.includes('合约到期') || words.some((w) => w.includes('合约到期')), `${where}: the contract's end is marked`);
  return label;
}

test('the cost chart is readable on the phone, the proposal page and its print, with a table and a true text alternative', async () => {
  const phone = await app.open(await familyLink(), PHONE);
  await phone.locator('.cost-chart svg').first().waitFor();
  const label = await expectReadableChart(phone, 'phone 390x844');
  // By hand (share.test.mjs): ¥374 × 24 = ¥8,976.00 kept, ¥2,882.40 with
  // 家庭融合129元, a saving of ¥6,093.60, named a saving, not a cost.
  assert.match(label, /保持现状 ¥8,976\.00/, label);
  assert.match(label, /推荐方案 ¥2,882\.40/, label);
  assert.match(label, /24 个月合计省 ¥6,093\.60/, label);
  await phone.locator('.cost-chart').first().scrollIntoViewIfNeeded();
  await phone.screenshot({ path: `${LOGS}/phone-chart-zh.png`, fullPage: true });
  const table = phone.locator('.chart-data').first();
  await table.getByText('逐月累计费用', { exact: true }).first().click();
  const last = table.getByRole('row', { name: /第 24 个月/ });
  assert.deepEqual((await last.locator('td').allTextContents()).map((s) => s.trim()), ['¥8,976.00', '¥2,882.40', '¥6,093.60'],
    'the table has the chart\'s numbers');
  await expectCount(table.locator('tbody tr'), 24, 'one row a month');
  await phone.getByRole('button', { name: 'EN', exact: true }).click();
  const en = (await chartProblems(phone)).label;
  assert.match(en, /keep as is ¥8,976\.00/, en);
  assert.match(en, /saving over 24 months ¥6,093\.60/, en);
  await phone.getByRole('button', { name: '中文', exact: true }).click();

  // The proposal page at 1024x768, on screen and as printed.
  await phone.setViewportSize(TABLET);
  await phone.getByRole('button', { name: '打开完整建议书' }).click();
  await phone.getByTestId('proposal-doc').waitFor();
  await expectReadableChart(phone, 'proposal 1024x768');
  await phone.locator('.proposal-doc .cost-chart').scrollIntoViewIfNeeded();
  await phone.screenshot({ path: `${LOGS}/phone-proposal-chart-1024-zh.png` });
  await phone.emulateMedia({ media: 'print' });
  await expectReadableChart(phone, 'print');
  await phone.emulateMedia({ media: 'screen' });
  await phone.setViewportSize(PHONE);
  await expectReadableChart(phone, 'proposal 390x844');
  await phone.context().close();
});
