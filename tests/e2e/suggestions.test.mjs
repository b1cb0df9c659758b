// Issue 15's segment-aware suggestions in real Chromium: a hotel (industry
// 酒店) in a street shop's cluster at the counter is suggested the
// switchboard and push-to-talk for its staff, CT products first, with the
// featured package as a marker; nothing is added until a tap, one tap adds
// each; the proposal prints the cluster, the industry and what was taken;
// a manager changes the hotel's suggestion on the tables page and the
// counter follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, expectText, expectMatch, expectCount, TABLET } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

const customer = async (page) => JSON.parse(await page.locator('#customer-json').textContent());
const shown = (page) => page.getByTestId('suggestions').locator('li').evaluateAll((els) => els.map((e) => e.dataset.suggest));

test('a hotel is suggested the switchboard and push-to-talk, one tap each, printed on the proposal; the editor changes it', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '商户/企业' }).click();
  await page.getByRole('button', { name: '临街店铺', exact: true }).click();
  await page.locator('#industry').fill('酒店');
  await page.getByRole('button', { name: '+ 手机' }).click();
  const staff = page.locator('.line-card').first();
  await staff.getByLabel('数量').fill('6');
  await staff.getByLabel('现月费').fill('50');
  await page.getByRole('button', { name: '+ 固话' }).click();
  await page.locator('.line-card').nth(1).getByLabel('现月费').fill('60');

  const box = page.getByTestId('suggestions');
  const sw = box.locator('[data-suggest="addon.switchboard"]');
  const ptt = box.locator('[data-suggest="addon.ptt"]');
  await expectMatch(sw, /酒店常用：总机服务（前台和管理人员） · ¥50\.00\/月/);
  await expectMatch(ptt, /酒店常用：天翼对讲（员工手机） · ¥10\.00\/月 × 6 部 = ¥60\.00\/月/);
  // ¥360 a month: 沃商务·精英版 featured, a marker with no button.
  const featured = box.locator('[data-suggest="bundle.wo-elite"]');
  await expectMatch(featured, /主推套餐/);
  await expectCount(featured.getByRole('button'), 0, 'the featured package is not forced');
  // A street shop: CT products (switchboard, push-to-talk) before the package.
  assert.deepEqual(await shown(page), ['addon.switchboard', 'addon.ptt', 'bundle.wo-elite']);
  // Shown, not added.
  let c = await customer(page);
  assert.deepEqual(c.account_features, [], 'nothing is added without a tap');
  assert.ok(c.lines.every((l) => (l.features ?? []).length === 0));

  await sw.getByRole('button', { name: '添加 总机服务（前台和管理人员）' }).click();
  await expectCount(sw, 0, 'a suggestion taken is not shown again');
  await expectCount(page.locator('#account-services [data-service="addon.switchboard"][aria-pressed="true"]'), 1);
  await ptt.getByRole('button', { name: /^添加/ }).click();
  await expectCount(ptt, 0);
  await expectCount(staff.locator('[data-service="addon.ptt"][aria-pressed="true"]'), 1, 'the staff card has push-to-talk');
  c = await customer(page);
  assert.deepEqual(c.account_features, ['addon.switchboard']);
  assert.equal(c.lines.filter((l) => (l.features ?? []).includes('addon.ptt')).length, 6, 'on the six mobiles');
  assert.ok(!(c.lines[6].features ?? []).includes('addon.ptt'), 'not on the landline');

  // The proposal prints the cluster, the industry and the suggestions taken.
  const card = page.getByTestId('proposal').first();
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('link', { name: '生成建议书' }).click();
  const seg = page.getByTestId('doc-segment');
  await expectMatch(seg, /聚类市场：临街店铺/);
  assert.match(await seg.textContent(), /行业：酒店/);
  assert.match(await seg.textContent(), /采纳的建议：总机服务、天翼对讲/);

  // The manager makes the hotel's suggestion surveillance for the lobby.
  await page.goto(app.base + 'tables.html#/tables');
  const json = page.locator('#suggestions-json');
  await json.waitFor();
  const tables = JSON.parse(await json.inputValue());
  const hotel = tables.industries.find((i) => i.words.includes('酒店'));
  hotel.services = [{ addon: 'addon.nope', for_whom: { zh: '大堂', en: 'the lobby' } }];
  await json.fill(JSON.stringify(tables, null, 2));
  await expectMatch(page.getByTestId('suggestion-rules'), /找不到编号为 addon\.nope 的增值业务/, 'an unknown id is refused in words');
  hotel.services[0].addon = 'addon.surveillance';
  await json.fill(JSON.stringify(tables, null, 2));
  await expectMatch(page.getByTestId('suggestion-rules').locator('li').first(), /酒店（.*） → 全球眼视频监控/);
  await page.getByRole('link', { name: '柜台' }).first().click();
  const cam = page.getByTestId('suggestions').locator('[data-suggest="addon.surveillance"]');
  await expectMatch(cam, /酒店常用：全球眼视频监控（大堂） · ¥50\.00\/月/, 'the counter follows the edit');
  await expectCount(page.getByTestId('suggestions').locator('[data-suggest="addon.ptt"]'), 0);
  await page.context().close();
});
