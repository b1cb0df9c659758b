import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { serveStatic } from './static-server.mjs';
const server = await serveStatic('/tmp/distw', 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const at = async (day, w, h) => {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN', serviceWorkers: 'block' });
  await ctx.clock.setFixedTime(new Date(`${day}T10:00:00+08:00`));
  return ctx.newPage();
};
{
  const page = await at('2026-12-05', 1024, 768);
  await page.goto(base + 'tables.html#/tables');
  await page.getByRole('tab', { name: '优惠' }).click();
  await page.getByTestId('table-promotions').locator('tbody tr', { hasText: 'promo.tenure-5y' }).getByRole('button', { name: '编辑' }).click();
  await page.locator('#promotion-eligibility-on_sale_until').fill('2026-12-10');
  await page.locator('#publish-date').fill('2026-12-06');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByTestId('diff').getByText('草稿与已发布版本相同').waitFor();
  const href = await page.getByTestId('published-json').getAttribute('href');
  const json = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  writeFileSync('/tmp/distw/tables/current.json', json);
  writeFileSync('/tmp/distw/tables/2.json', json);
  await page.getByRole('tab', { name: '品牌与联系方式' }).click();
  const rules = page.getByTestId('tables-form');
  await rules.waitFor({ timeout: 5000 }).catch(() => {});
  if (await rules.count()) { await rules.scrollIntoViewIfNeeded(); await page.screenshot({ path: '/tmp/t/editor-rules-1024.png' }); }
  await page.context().close();
}
for (const [w, h] of [[1024, 768], [768, 1024], [390, 844]]) {
  const page = await at('2026-12-11', w, h);
  await page.goto(base);
  const field = (label) => page.getByLabel(label, { exact: true });
  await page.getByRole('group', { name: '客户类型' }).getByRole('button', { name: '个人' }).click();
  await page.getByRole('button', { name: '+ 手机' }).click();
  await field('现月费').fill('128');
  await field('网龄').fill('5');
  await page.getByText('价格表第 2 版').waitFor();
  const notes = page.locator('details.notes');
  await notes.locator('summary').click();
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/t/counter-notes-${w}.png` });
  await page.context().close();
}
await browser.close();
server.close();
