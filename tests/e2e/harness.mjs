// Shared set-up for the end-to-end tests: serves the built dist/ on a free
// localhost port and drives Debian's Chromium through playwright-core (never a
// downloaded browser), with the flags this machine needs. Every test of every
// file that imports it fails on any page error, wasm panic, console error or
// failed request (see `afterEach` below), and reads what the page shows only
// once it has rendered (`expectText` and friends: Playwright waits, no sleeps).
import { afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = process.env.E2E_DIST ?? new URL('../../dist', import.meta.url).pathname;
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export const TABLET = { width: 1024, height: 768 };
export const PHONE = { width: 390, height: 844 };
/** How long a rendered value may take to appear before the test fails. */
const WAIT = 15_000;

/** What went wrong in the pages since the last test ended: uncaught errors
 * (a wasm panic aborts as a `RuntimeError: unreachable`), console errors
 * (a panic message reads "panicked at"), and requests the server refused. */
const problems = [];
afterEach(() => {
  const seen = problems.splice(0);
  assert.deepEqual(seen, [], 'no page error, panic, console error or failed request');
});

/** Removes from this test's problems, and returns, those a test provoked on
 * purpose (`wanted` gets the console text without its "console error: "). */
export function takeProblems(wanted) {
  const taken = [];
  for (let i = problems.length - 1; i >= 0; i--) {
    const text = problems[i].replace(/^console error: /, '');
    if (wanted(text)) taken.unshift(...problems.splice(i, 1));
  }
  return taken;
}

/** Starts the server and the browser; `close()` stops both. */
export async function start(dist = DIST) {
  const server = await serveStatic(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  /** A fresh context (its own storage) at `viewport`, opened on `hash`
   * (with its clock fixed at `at` when given).
   * The service worker is blocked (it would fetch every page's files in the
   * background); tests/e2e/offline.test.mjs runs with it. */
  async function open(hash = '', viewport = TABLET, locale = 'zh-CN', at = null) {
    const context = await browser.newContext({ viewport, locale, serviceWorkers: 'block' });
    // `at`: the device's clock reads this moment (offer windows, validity).
    if (at) await context.clock.setFixedTime(at);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    // A navigation aborts what the page it leaves was still loading (its
    // icon): not a failure; anything else that fails to load is.
    page.on('requestfailed', (r) => {
      const why = r.failure()?.errorText ?? '';
      if (why !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${why}`);
    });
    await page.goto(base + hash);
    await page.locator('.app-header').waitFor();
    return page;
  }
  async function close() {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  return { base, browser, open, close };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the first element of `locator` shows exactly `expected`
 * (surrounding whitespace aside), then asserts it: fails with both texts. */
export async function expectText(locator, expected, message) {
  const exact = new RegExp(`^\\s*${escape(expected)}\\s*$`);
  await locator.filter({ hasText: exact }).first().waitFor({ timeout: WAIT }).catch(() => {});
  assert.equal((await locator.first().textContent()).trim(), expected, message);
}

/** Waits until the first element of `locator` shows text matching `re`, then asserts it. */
export async function expectMatch(locator, re, message) {
  await locator.filter({ hasText: re }).first().waitFor({ timeout: WAIT }).catch(() => {});
  assert.match(await locator.first().textContent(), re, message);
}

/** Waits until `locator`'s attribute `name` is `value`, then asserts it. */
export async function expectAttr(locator, name, value, message) {
  const page = locator.page();
  await locator.and(page.locator(`[${name}="${value}"]`)).first().waitFor({ timeout: WAIT }).catch(() => {});
  assert.equal(await locator.first().getAttribute(name), value, message);
}

/** Waits until `locator` matches exactly `n` elements, then asserts it. */
export async function expectCount(locator, n, message) {
  const settled = n === 0
    ? locator.first().waitFor({ state: 'detached', timeout: WAIT })
    : locator.nth(n - 1).waitFor({ state: 'attached', timeout: WAIT });
  await settled.catch(() => {});
  assert.equal(await locator.count(), n, message);
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

/** The engine's own proposals for `customerJson` (native, via the
 * `optimize_json` example): the figures the screen must show. */
export async function engineProposals(customerJson) {
  const { execFileSync } = await import('node:child_process');
  const root = new URL('../..', import.meta.url).pathname;
  const out = execFileSync(
    'cargo',
    ['run', '-q', '-p', 'proposal-engine', '--example', 'optimize_json', '--', `${root}catalog/default.json`],
    { input: customerJson, cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  return JSON.parse(out);
}

/** Counts what a rep does: each tap, and each key typed. */
export function interactions(page) {
  const count = { taps: 0, keys: 0 };
  return {
    count,
    async tap(locator) {
      count.taps += 1;
      await locator.click();
    },
    /** Taps a field, clears it, and types `text` (clearing counts as one key). */
    async type(locator, text) {
      count.taps += 1;
      await locator.click();
      await locator.fill('');
      count.keys += 1 + text.length;
      await locator.pressSequentially(text);
    },
    total() {
      return count.taps + count.keys;
    },
  };
}

/** Formats fen the way the app does: ¥1,234.50, -¥12.00. */
export function yuan(fen) {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Waits until the input `locator` holds `value`, then asserts it. */
export async function expectValue(locator, value, message) {
  const handle = await locator.elementHandle({ timeout: WAIT });
  await locator.page().waitForFunction(([el, v]) => el.value === v, [handle, value], { timeout: WAIT }).catch(() => {});
  assert.equal(await locator.inputValue(), value, message);
}

/** The text of a `data:` link the page offers for download. */
export const dataText = (href) => decodeURIComponent(href.slice(href.indexOf(',') + 1));

/** Publishes the manager's draft (tables.html) effective `date`; returns
 * the `current.json` the publish panel then offers, to deploy. */
export async function publish(manager, date) {
  await manager.locator('#publish-date').fill(date);
  await manager.getByRole('button', { name: '发布', exact: true }).click();
  await manager.getByTestId('diff').getByText('草稿与已发布版本相同').waitFor();
  return dataText(await manager.getByTestId('published-json').getAttribute('href'));
}

/** A new version published in the editor, `bundle`'s monthly fee now `fee`
 * yuan from `date`, and deployed as the editor says: the file as
 * tables/current.json and as the version's own file in `dir`'s tables/.
 * Returns the version's number. */
export async function deployBundleFee(app, dir, bundle, fee, date) {
  const manager = await app.open('tables.html#/tables', TABLET);
  await manager.getByRole('tab', { name: '融合套餐' }).click();
  await manager.locator('#filter-bundles').fill(bundle);
  await manager.getByTestId('table-bundles').locator('tbody tr', { hasText: bundle }).getByRole('button', { name: '编辑' }).click();
  await manager.locator('#bundle-monthly_fee').fill(fee);
  const json = await publish(manager, date);
  await manager.context().close();
  const { version } = JSON.parse(json);
  writeFileSync(join(dir, 'tables/current.json'), json);
  writeFileSync(join(dir, `tables/${version}.json`), json);
  return version;
}
