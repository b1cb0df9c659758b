// Takes the screenshots kept in docs/screenshots/ from a built dist/: the
// counter with the family preset (landscape and portrait tablet), the
// customer's phone self-check from its link, and the printable proposal with
// its chart; the counter's share panel and its portrait bar. Usage: node scripts/screenshots.mjs [dist] [out]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const open = async (viewport) => {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator('.app-header').waitFor();
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await page.getByTestId('proposal').first().waitFor();
  return page;
};
for (const [name, viewport] of [['counter-1024x768', { width: 1024, height: 768 }], ['counter-768x1024', { width: 768, height: 1024 }]]) {
  const page = await open(viewport);
  await page.screenshot({ path: `${out}/${name}.png` });
  if (name === 'counter-1024x768') {
    await page.getByTestId('proposal').first().getByRole('button', { name: '选用此方案' }).click();
    await page.getByRole('link', { name: '生成建议书' }).click();
    await page.getByTestId('proposal-doc').waitFor();
    await page.locator('.cost-chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/proposal-chart-1024x768.png` });
    const link = (await page.getByTestId('doc-link').textContent()).trim();
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await phone.goto(link);
    await phone.getByTestId('shared-title').waitFor();
    // The whole self-check (saving, chart, the steppers below it), and the
    // chart alone at the phone's width.
    await phone.screenshot({ path: `${out}/phone-selfcheck-390x844.png`, fullPage: true });
    await phone.locator('.cost-chart').first().screenshot({ path: `${out}/phone-chart-390x844.png` });
    await phone.close();
  }
  await page.context().close();
}
// Sharing from the counter (README, ## Sharing from the counter): the panel
// open on a landscape tablet, and the pinned bar of a portrait tablet while
// the rep is at the last line card.
{
  const page = await open({ width: 1024, height: 768 });
  await page.getByRole('button', { name: '分享给客户' }).click();
  await page.frameLocator('[data-testid="share-qr"]').locator('svg.qr-code').waitFor();
  await page.screenshot({ path: `${out}/counter-share-1024x768.png` });
  await page.context().close();
}
for (const viewport of [{ width: 768, height: 1024 }, { width: 390, height: 844 }]) {
  const page = await open(viewport);
  await page.locator('.line-card').last().scrollIntoViewIfNeeded();
  await page.locator('.line-card').last().getByLabel('现月费').click();
  await page.getByTestId('best-bar').waitFor();
  await page.screenshot({ path: `${out}/counter-portrait-${viewport.width}x${viewport.height}.png` });
  await page.context().close();
}
await browser.close();
server.close();
