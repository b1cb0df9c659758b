// Screenshots of issue 15's new line card (a group with push-to-talk, a
// handset) and of the approval of an offer above the rep's authority, at
// 1024x768, 768x1024 and 390x844: `node tests/e2e/whole-customer-shots.mjs` after a
// release build; written to docs/screenshots/.
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';

const dist = new URL('../../dist', import.meta.url).pathname;
const out = new URL('../../docs/screenshots/', import.meta.url).pathname;
const server = await serveStatic(dist, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, viewport] of [['1024x768', { width: 1024, height: 768 }], ['768x1024', { width: 768, height: 1024 }], ['390x844', { width: 390, height: 844 }]]) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator('.app-header').waitFor();
  await page.getByRole('button', { name: '集团大客户' }).click();
  await page.getByRole('button', { name: '+ 手机' }).click();
  const card = page.locator('.line-card').first();
  await card.getByLabel('备注').fill('服务员');
  await card.getByLabel('数量').fill('12');
  await card.getByLabel('现月费').fill('129');
  await card.getByLabel('国内通话', { exact: true }).fill('600');
  await card.getByLabel('流量').fill('20');
  await card.locator('[data-service="addon.ptt"]').click();
  await card.getByLabel('需要手机').selectOption('handset.nova');
  await page.getByTestId('proposal').first().waitFor();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}line-card-${name}.png` });
  const offer = page.locator('[data-testid="above-authority"][data-level="2"]');
  await offer.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}above-authority-${name}.png` });
  await offer.getByLabel('审批人姓名').fill('王主管');
  await offer.getByRole('button', { name: '审批通过' }).click();
  await page.getByTestId('approval-words').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}approval-${name}.png` });
  await context.close();
}
await browser.close();
server.close();
