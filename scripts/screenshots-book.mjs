// The customer book's screenshots in docs/screenshots/ (issue 16): the book
// with customers (a pack's links.csv imported, two taken at the counter, one
// followed up today) and a visit form open, and the blank A4 visit form, at
// 1024x768 and 390x844. Usage: node scripts/screenshots-book.mjs LINKS_CSV [dist] [out]
// (LINKS_CSV: a pack's links.csv, e.g. from `propose --pack`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const links = process.argv[2];
const dist = process.argv[3] ?? 'dist';
const out = process.argv[4] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const day = (() => {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
})();

for (const [size, viewport] of [['1024x768', { width: 1024, height: 768 }], ['390x844', { width: 390, height: 844 }]]) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}proposal.html#/customers`);
  await page.getByTestId('book-import').setInputFiles(links);
  await page.getByTestId('book-imported').waitFor();
  await page.goto(base);
  for (const [preset, name] of [['临街店铺：1 固话 + 4 手机', '陈记五金'], ['家庭：3 手机 + 宽带', '王阿姨家']]) {
    await page.getByRole('button', { name: preset }).click();
    await page.getByLabel('客户名称（可选）').fill(name);
    await page.getByTestId('proposal').first().getByRole('button', { name: '选用此方案' }).click();
    await page.getByTestId('new-customer').click();
  }
  await page.goto(`${base}proposal.html#/customers`);
  const li = page.getByTestId('book-row').filter({ hasText: '王阿姨家' });
  await li.getByTestId('book-visit').click();
  const form = page.getByTestId('visit-form');
  await form.getByTestId('visit-met-name').fill('王阿姨');
  await form.getByTestId('visit-price').check();
  await form.getByTestId('visit-competitor').fill('移动 全家享');
  await form.getByTestId('visit-competitor-price').fill('158');
  await form.getByTestId('visit-outcome').selectOption('follow_up');
  await form.getByTestId('visit-follow-up').fill(day);
  await form.getByTestId('visit-save').click();
  await page.getByTestId('book-due').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}/book-${size}.png` });
  await page.getByTestId('book-row').nth(1).getByTestId('book-visit').click();
  await page.getByTestId('visit-form').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/book-visit-form-${size}.png` });
  await page.getByTestId('book-blank-form').click();
  await page.getByTestId('blank-form').waitFor();
  await page.screenshot({ path: `${out}/book-blank-form-${size}.png` });
  await context.close();
}
await browser.close();
server.close();
