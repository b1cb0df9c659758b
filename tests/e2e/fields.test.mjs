// Issue 14's counter items, driven as a rep at the counter's tablet would:
// lines added with "+ 手机", fields found by their visible labels, typed with
// taps and keys (and a Chinese input method's full-width text).
// 1. Usage left blank is estimated from the fee, said on the card, above the
//    proposals, in the usage band and on the proposal; never a silent zero.
// 2. A field's problem shows once it is left or the rep asks to compare;
//    tapping a field selects it; full-width figures are read; an implausible
//    fee is questioned at its field without blocking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, expectText, expectMatch, expectCount, expectValue, TABLET } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

const customer = async (page) => JSON.parse(await page.locator('#customer-json').textContent());

test('fees alone: usage is estimated from each fee and said so, never counted as zero', async () => {
  const page = await app.open('', TABLET);
  for (const kind of ['+ 手机', '+ 手机', '+ 手机', '+ 宽带']) {
    await page.getByRole('button', { name: kind, exact: true }).click();
  }
  const fees = page.getByLabel('现月费');
  for (const [i, fee] of ['128', '88', '58', '100'].entries()) {
    await fees.nth(i).click();
    await fees.nth(i).pressSequentially(fee);
  }
  // The blank fields show the estimate they take.
  const minutes = page.getByLabel('国内通话', { exact: true });
  await expectValue(minutes.first(), '');
  assert.equal(await minutes.first().getAttribute('placeholder'), '约 800');
  assert.equal(await page.getByLabel('流量', { exact: true }).first().getAttribute('placeholder'), '约 30');
  // The card says so, with the fee and the figures.
  const notes = page.getByTestId('usage-estimate');
  await expectCount(notes, 3, 'one note per mobile; the broadband has its speed');
  await expectText(notes.first(), '用量按每月 ¥128.00 估算：约 800 分钟、30 GB，请与客户核对');
  await expectText(notes.nth(1), '用量按每月 ¥88.00 估算：约 500 分钟、20 GB，请与客户核对');
  // What is priced: the estimates, marked; never 0 minutes and 0 GB.
  await page.getByTestId('proposal').first().waitFor();
  const c = await customer(page);
  assert.deepEqual(c.lines.map((l) => [l.usage.domestic_min ?? 0, (l.usage.data_mb ?? 0) / 1024]),
    [[800, 30], [500, 20], [400, 10], [0, 0]]);
  assert.deepEqual(c.lines.map((l) => l.estimated ?? []),
    [['domestic_min', 'data_mb'], ['domestic_min', 'data_mb'], ['domestic_min', 'data_mb'], []]);
  // Above the proposals, and each card's usage band leads with it.
  await expectMatch(page.getByTestId('usage-estimated'), /^#1、#2、#3 的用量按月费估算，请与客户核对/);
  const card = page.getByTestId('proposal').first();
  await expectMatch(card.getByTestId('usage-band'), /^用量为估算，用量 -30%：/);
  // The bundle with the estimated usage (engine/tests/estimate.rs: ¥3,746.40
  // over 24 months), not the emptiest plans.
  await expectText(card.locator('h3'), '家庭融合129元');
  const titles = await page.getByTestId('proposal').locator('h3').allTextContents();
  assert.ok(titles.every((t) => !t.includes('19元基础套餐')), titles.join(' | '));
  // The printed proposal states the estimate, not "国内 0 分钟 · 0.0 GB".
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('link', { name: '生成建议书' }).click();
  const situation = page.locator('.doc-table').first();
  await situation.waitFor();
  const text = await situation.textContent();
  assert.ok(!text.includes('国内 0 分钟'), text);
  assert.ok(text.includes('国内 800 分钟 · 长途 0 分钟 · 30.0 GB · 短信 0 条（估算）'), text);
  await expectText(page.getByTestId('doc-usage-estimate').first(), '#1 用量按每月 ¥128.00 估算：约 800 分钟、30 GB，请与客户核对');
  await page.getByText(/#1、#2、#3 的用量按月费估算，请与客户核对/).first().waitFor();
  await page.context().close();
});

test('a new line is not red until its field is left or the rep asks to compare', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.getByText('填写每个号码的现月费，方案即会出现；用量不填则按月费估算。').waitFor();
  await expectCount(page.locator('.field-error'), 0, 'nothing red on a line just added');
  await expectCount(page.getByText('请先修正标红的输入。'), 0);
  const fee = page.getByLabel('现月费');
  assert.equal(await fee.getAttribute('aria-invalid'), 'false');
  // Left blank: its problem shows.
  await fee.click();
  await page.getByLabel('国内通话', { exact: true }).click();
  await expectText(page.locator('.field-error'), '请填写金额，例如 128');
  assert.equal(await fee.getAttribute('aria-invalid'), 'true');
  await page.getByText('请先修正标红的输入。').waitFor();
  await page.context().close();
});

test('asking to compare shows every problem at once', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.getByRole('button', { name: '+ 固话' }).click();
  await expectCount(page.locator('.field-error'), 0, 'nothing red on lines just added');
  await page.getByRole('button', { name: '比较方案' }).click();
  await expectCount(page.locator('.field-error'), 2, 'asking shows every problem');
  await expectText(page.locator('.field-error').first(), '请填写金额，例如 128');
  await page.getByText('请先修正标红的输入。').waitFor();
  // Fixed, the proposals appear; a line added then is quiet again.
  const fees = page.getByLabel('现月费');
  await fees.nth(0).fill('88');
  await fees.nth(1).fill('40');
  await page.getByTestId('proposal').first().waitFor();
  await page.getByRole('button', { name: '+ 手机' }).click();
  await expectCount(page.locator('.field-error'), 0, 'the new line is not red');
  await page.context().close();
});

test('tapping a field selects it, and a Chinese input method\'s figures are read', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '+ 手机' }).click();
  // "0" then "30" is 30, not 030.
  const ld = page.getByLabel('长途', { exact: true });
  await expectValue(ld, '0');
  await ld.click();
  await page.keyboard.type('30');
  await expectValue(ld, '30', 'the tap selected the 0');
  // Full-width digits, the full-width dot and grouping comma, as committed by an IME.
  const fee = page.getByLabel('现月费');
  await fee.click();
  await page.keyboard.insertText('１２８．５');
  const minutes = page.getByLabel('国内通话', { exact: true });
  await minutes.click();
  await page.keyboard.insertText('１，２００');
  const data = page.getByLabel('流量', { exact: true });
  await data.click();
  await page.keyboard.insertText('２．５');
  await page.getByTestId('proposal').first().waitFor();
  await expectCount(page.locator('.field-error'), 0, 'full-width figures are accepted');
  const line = (await customer(page)).lines[0];
  assert.equal(line.current_monthly_fee, 12_850);
  assert.equal(line.usage.domestic_min, 1_200);
  assert.equal(line.usage.data_mb, 2_560);
  assert.equal(line.usage.long_distance_min, 30);
  // A field holding a value: the tap selects it, typing replaces it.
  await fee.click();
  await page.keyboard.type('99');
  await expectValue(fee, '99');
  await page.context().close();
});

test('an implausible fee is questioned at its field and does not block', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '+ 手机' }).click();
  const fee = page.getByLabel('现月费');
  await fee.click();
  await fee.pressSequentially('99999');
  await page.getByLabel('国内通话', { exact: true }).click();
  await expectText(page.locator('.field-warning'), '一条线路每月 ¥99,999.00 偏高（通常不超过 ¥3,000.00），请与客户核对');
  assert.equal(await fee.getAttribute('aria-invalid'), 'false');
  await page.getByTestId('proposal').first().waitFor();
  // A usual fee: the question goes.
  await fee.click();
  await page.keyboard.type('128');
  await page.getByLabel('国内通话', { exact: true }).click();
  await expectCount(page.locator('.field-warning'), 0, 'a usual fee raises no question');
  await page.context().close();
});
