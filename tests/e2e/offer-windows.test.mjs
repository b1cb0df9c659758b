// Offer windows (issue 18): a manager gives a promotion a last day in the
// editor, is warned that it ends within 14 days, publishes and deploys the
// tables; on its last day the counter still offers it, the next day it has
// left the counter's proposals and the counter says why. Runs on a copy of
// dist/ so the test can deploy into its tables/ folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, DIST, TABLET, expectMatch, publish } from './harness.mjs';

let app;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offer-windows-'));
  cpSync(DIST, dir, { recursive: true });
  app = await start(dir);
});
after(async () => { await app.close(); });

const PROMO = 'promo.tenure-5y';
const NAME = '网龄满5年每月赠10元';
const china = (day) => new Date(`${day}T10:00:00+08:00`);

/** The counter on `day` for one mobile line at ¥128 of a five-year
 * customer: the cheapest proposal's text and the page. */
async function counterOn(day) {
  const page = await app.open('', TABLET, 'zh-CN', china(day));
  const field = (label) => page.getByLabel(label, { exact: true });
  await page.getByRole('group', { name: '客户类型' }).getByRole('button', { name: '个人' }).click();
  await page.getByRole('button', { name: '+ 手机' }).click();
  await field('现月费').fill('128');
  await field('国内通话').fill('300');
  await field('流量').fill('20');
  await field('网龄').fill('5');
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  return { page, card: await card.textContent() };
}

test('a promotion ending on a day is warned of, offered until that day and then leaves the counter with the reason', async () => {
  // Before any window: the five-year customer's cheapest proposal has it.
  const first = await counterOn('2026-12-10');
  assert.ok(first.card.includes(NAME), `the fixture needs ${NAME} on the first card: ${first.card}`);
  await first.page.context().close();

  // The manager, on 5 December, ends it on 10 December.
  const manager = await app.open('tables.html#/tables', TABLET, 'zh-CN', china('2026-12-05'));
  await manager.getByRole('tab', { name: '优惠' }).click();
  await manager.getByTestId('table-promotions').locator('tbody tr', { hasText: PROMO }).getByRole('button', { name: '编辑' }).click();
  const until = manager.locator('#promotion-eligibility-on_sale_until');
  assert.equal(await until.getAttribute('type'), 'date', 'a date picker');
  await until.fill('2026-12-10');
  await expectMatch(manager.getByTestId('warnings'), new RegExp(`${NAME} 将于 2026-12-10 结束办理（还有 5 天）`));
  const json = await publish(manager, '2026-12-06');
  await manager.context().close();
  assert.ok(json.includes('"on_sale_until":"2026-12-10"') || json.includes('"on_sale_until": "2026-12-10"'), 'the window is in the published file');
  writeFileSync(join(dir, 'tables/current.json'), json);
  writeFileSync(join(dir, 'tables/2.json'), json);

  // Its last day: still offered, under version 2.
  const last = await counterOn('2026-12-10');
  await expectMatch(last.page.getByTestId('tables-in-use'), /价格表第 2 版/);
  const onLast = await last.page.getByTestId('proposal').first().textContent();
  assert.ok(onLast.includes(NAME), `offered on its last day: ${onLast}`);
  await last.page.context().close();

  // The next day: gone from every proposal, and the counter says why.
  const next = await counterOn('2026-12-11');
  await expectMatch(next.page.getByTestId('tables-in-use'), /价格表第 2 版/);
  await next.page.getByTestId('proposal').first().waitFor();
  const cards = await next.page.getByTestId('proposal').allTextContents();
  assert.ok(cards.every((c) => !c.includes(NAME)), `no proposal offers it: ${cards}`);
  const notes = next.page.locator('details.notes');
  await notes.locator('summary').click();
  await expectMatch(notes, new RegExp(`${NAME}：已于 2026-12-10 结束办理`));
  await next.page.context().close();
});
