// Shared set-up for the end-to-end tests: serves the built dist/ on a free
// localhost port and drives Debian's Chromium through playwright-core (never a
// downloaded browser), with the flags this machine needs.
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';

const DIST = new URL('../../dist', import.meta.url).pathname;
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export const TABLET = { width: 1024, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** Starts the server and the browser; `close()` stops both. */
export async function start() {
  const server = await serveStatic(DIST, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  const errors = [];
  /** A fresh context (its own storage) at `viewport`, opened on `hash`. */
  async function open(hash = '', viewport = TABLET, locale = 'zh-CN') {
    const context = await browser.newContext({ viewport, locale });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base + hash);
    await page.locator('.app-header').waitFor();
    return page;
  }
  async function close() {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  return { base, open, close, errors };
}

/** Prints `page` to an A4 PDF and returns `{ pages, text }` (pdftotext, layout kept). */
export async function printToPdf(page, path) {
  const { execFileSync } = await import('node:child_process');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format: 'A4', printBackground: false, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pages, text };
}
