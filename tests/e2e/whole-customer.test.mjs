// Issue 15, the whole customer at the counter, entered as a rep would:
// (a) the hotel restaurant (2 managers with heavy data, 6 cooks and waiters
// as one group with push-to-talk, a front-desk landline, a switchboard) in
// at most 30 taps and keystrokes, counted; (b) a street shop with a contract
// handset on the owner's line; (c) a 12-line key account where a supervisor
// approves a level-2 offer. Every figure is checked against the engine's
// command-line tool for the same customer (`#customer-json`), the printed
// PDF and the phone opened from the link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { start, printToPdf, yuan, expectText, expectMatch, expectCount, TABLET, PHONE } from './harness.mjs';
import { cli, squash, firstCardIsTheEngines as checkAgainstCli } from './engine-card.mjs';

const LOGS = 'target/test-logs';
let app;
before(async () => {
  mkdirSync(LOGS, { recursive: true });
  app = await start();
});
after(async () => { await app.close(); });

/** Counts what a rep does: a tap, and each key typed into a blank field
 * (a blank field needs no clearing; the test asserts it is blank). */
function counter(page) {
  const count = { taps: 0, keys: 0 };
  return {
    count,
    total: () => count.taps + count.keys,
    async tap(locator) {
      count.taps += 1;
      await locator.click();
    },
    async type(locator, text) {
      assert.equal(await locator.inputValue(), '', 'typed into a blank field');
      count.taps += 1;
      await locator.click();
      count.keys += text.length;
      await locator.pressSequentially(text);
    },
  };
}

/** Chooses the first card, prints the proposal and opens the link on a phone. */
async function proposalAndPhone(page, card, name) {
  await card.getByRole('button', { name: '选用此方案' }).click();
  // The link the customer scans in the counter's share panel.
  await page.getByRole('button', { name: '分享给客户' }).click();
  const href = await page.frameLocator('[data-testid="share-qr"]').getByTestId('share-link').inputValue();
  await page.getByRole('link', { name: '生成建议书' }).click();
  await page.getByTestId('proposal-doc').waitFor();
  const pdf = await printToPdf(page, `${LOGS}/whole-${name}.pdf`);
  const phone = await app.open(href.slice(href.indexOf('#')), PHONE);
  await phone.getByTestId('shared-saving').waitFor();
  return { text: squash(pdf.text), phone };
}

test('(a) the hotel restaurant in at most 30 taps and keystrokes', async () => {
  const page = await app.open('', TABLET);
  const rep = counter(page);
  const card = (i) => page.locator('.line-card').nth(i);
  await rep.tap(page.getByRole('button', { name: '商户/企业' }));
  // Two managers with heavy data: one card, count 2.
  await rep.tap(page.getByRole('button', { name: '+ 手机' }));
  await rep.type(card(0).getByLabel('数量'), '2');
  await rep.type(card(0).getByLabel('现月费'), '199');
  await rep.type(card(0).getByLabel('流量'), '40');
  // Six cooks and waiters: one card, count 6, 100 minutes, 2 GB, push-to-talk.
  await rep.tap(page.getByRole('button', { name: '+ 手机' }));
  await rep.type(card(1).getByLabel('数量'), '6');
  await rep.type(card(1).getByLabel('现月费'), '50');
  await rep.type(card(1).getByLabel('国内通话', { exact: true }), '100');
  await rep.type(card(1).getByLabel('流量'), '2');
  await rep.tap(card(1).locator('[data-service="addon.ptt"]'));
  // The front desk's landline and the hotel's switchboard.
  await rep.tap(page.getByRole('button', { name: '+ 固话' }));
  await rep.type(card(2).getByLabel('现月费'), '60');
  await rep.tap(page.locator('#account-services [data-service="addon.switchboard"]'));
  const { card: best, engine, customer } = await checkAgainstCli(page);
  console.log(`interactions: hotel restaurant: ${rep.count.taps} taps, ${rep.count.keys} keystrokes, ${rep.total()} in all`);
  writeFileSync(`${LOGS}/whole-customer-interactions.json`, JSON.stringify({ hotel: { ...rep.count, total: rep.total() } }));
  assert.ok(rep.total() <= 30, `at most 30 taps and keystrokes (${rep.total()})`);
  // Priced as nine lines, the six with push-to-talk, the account with its switchboard.
  assert.equal(customer.lines.length, 9);
  assert.equal(customer.lines.filter((l) => (l.features ?? []).includes('addon.ptt')).length, 6);
  assert.deepEqual(customer.account_features, ['addon.switchboard']);
  assert.equal(await page.getByTestId('current-monthly').evaluate((e) => e.firstChild.textContent), yuan(2 * 19900 + 6 * 5000 + 6000));
  const { text, phone } = await proposalAndPhone(page, best, 'hotel');
  // The proposal prints the group as one row with its count, and the services.
  assert.ok(text.includes('6×手机'), 'the group is one row with its count');
  assert.ok(text.includes('天翼对讲'), 'push-to-talk is printed');
  assert.ok(text.includes('总机服务'), 'the switchboard is printed');
  assert.ok(text.includes(squash(yuan(engine.savings.horizon))), 'the printed saving is the engine\'s');
  await expectText(phone.getByTestId('shared-saving'), yuan(engine.savings.horizon), 'the phone shows the same saving');
  await phone.context().close();
  await page.context().close();
});

test('(b) a street shop with a contract handset on the owner\'s line', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '商户/企业' }).click();
  await page.getByRole('button', { name: '临街店铺', exact: true }).click();
  await page.getByRole('button', { name: '+ 手机' }).click();
  const owner = page.locator('.line-card').first();
  await owner.getByLabel('备注').fill('老板');
  await owner.getByLabel('现月费').fill('129');
  await owner.getByLabel('流量').fill('20');
  await owner.getByLabel('需要手机').selectOption('handset.nova');
  // On contract (the default): the two prices, the minimum fee and the term are on the choice.
  await expectMatch(owner.getByLabel('需要手机').locator('option:checked'), /合约价 ¥1,699\.00（月费 ≥ ¥129\.00，24 个月）· 零售价 ¥2,699\.00/);
  await expectCount(owner.getByRole('button', { name: '合约购机', pressed: true }), 1);
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.locator('.line-card').nth(1).getByLabel('现月费').fill('39');
  await page.getByRole('button', { name: '+ 固话' }).click();
  await page.locator('.line-card').nth(2).getByLabel('现月费').fill('45');
  const { card, engine, customer } = await checkAgainstCli(page);
  assert.equal(customer.lines[0].wants_handset, 'handset.nova');
  const handset = engine.alternatives.find((a) => a.title.zh === engine.title.zh).priced.one_offs.find((o) => o.kind === 'handset');
  assert.ok(handset, 'the engine prices the handset');
  const { text, phone } = await proposalAndPhone(page, card, 'shop');
  assert.ok(text.includes('华为nova12（合约购机）'), 'the handset is printed on contract');
  if (handset.amount === 169900) {
    // At the contract price, its 24-month term and ¥800 exit fee are printed.
    assert.ok(text.includes('¥800.00'), 'the handset contract\'s exit fee is printed');
  }
  assert.ok(text.includes(squash(yuan(handset.amount))), 'the handset\'s price is printed');
  await expectText(phone.getByTestId('shared-saving'), yuan(engine.savings.horizon));
  await phone.context().close();
  await page.context().close();
});

test('(c) a 12-line key account where a supervisor approves a level-2 offer', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '集团大客户' }).click();
  await page.getByRole('button', { name: '+ 手机' }).click();
  const card = page.locator('.line-card').first();
  await card.getByLabel('数量').fill('12');
  await card.getByLabel('现月费').fill('129');
  await card.getByLabel('国内通话', { exact: true }).fill('600');
  await card.getByLabel('流量').fill('20');
  // A rep (authority 1): the engine's level-1 figures, and the level-2 offer with its saving.
  const { customer } = await checkAgainstCli(page, 1);
  const json = JSON.stringify(customer);
  const least = (r) => Math.min(...r.alternatives.map((a) => a.priced.total));
  const saving = least(cli(json, 1)) - least(cli(json, 2));
  assert.ok(saving > 0, 'the supervisor\'s offer saves more');
  const offer = page.locator('[data-testid="above-authority"][data-level="2"]');
  await expectMatch(offer, /需主管审批/);
  await expectMatch(offer, new RegExp(`24 个月可再省 ${yuan(saving).replace(/[.$]/g, '\\$&')}`), 'the saving is the engine\'s');
  await expectMatch(page.getByTestId('approval-record').first(), /审批仅作记录，不是安全控制/);
  // The supervisor approves on the same device by entering their name.
  await offer.getByLabel('审批人姓名').fill('王主管');
  await offer.getByRole('button', { name: '审批通过' }).click();
  await expectText(page.getByTestId('approval-words'), '主管 王主管 审批（2 级优惠权限）');
  const { card: best, engine } = await checkAgainstCli(page, 2);
  const chosen = engine.alternatives.find((a) => a.title.zh === engine.title.zh);
  assert.ok(chosen.proposal.promotions.includes('promo.half-6'), 'the approved offer is proposed');
  const { text, phone } = await proposalAndPhone(page, best, 'key-account');
  assert.ok(text.includes('主管王主管审批（2级优惠权限）'), 'the print says who approved at which level');
  assert.ok(text.includes('审批仅作记录'), 'and that it is a record');
  assert.ok(text.includes('12×手机'), 'the twelve lines are one row');
  await expectText(phone.getByTestId('shared-saving'), yuan(engine.savings.horizon), 'the phone prices with the approval');
  await expectMatch(phone.getByTestId('shared-approval'), /主管 王主管 审批（2 级优惠权限）/, 'the link says who approved');
  await phone.context().close();
  await page.context().close();
});
