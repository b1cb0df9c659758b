// Benchmark: the customer book beside the counter, in headless Chromium.
// 1. The counter's keystroke-to-update (as scripts/bench-counter.mjs: a
//    20-line customer, 60 changes of one line's data) with an empty book,
//    then with 500 customers in it (each with a stored 4-line session).
// 2. The book page (proposal.html#/customers) at 500 customers: from the
//    navigation to every row in the page, a status filter's re-render, and
//    a search's (input to the list updated), medians and p95.
// Usage: node scripts/bench-book.mjs   (after a release build in dist/;
//        CHROME_PATH=/usr/bin/chromium unless set)
import { start, TABLET } from '../tests/e2e/harness.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';

process.env.CHROME_PATH ??= '/usr/bin/chromium';
const KEY = 'proposal-calculator.';
const N = Number(process.env.CUSTOMERS ?? 500);
const app = await start();
const page = await app.open('', TABLET);

const stats = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(2);
  return `median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms (n=${s.length})`;
};

/** A 20-line customer at the counter (the spend-only entry), as bench-counter. */
async function twentyLines() {
  await page.getByText('只知道月消费').click();
  await page.locator('#spend-total').fill('2400');
  const plus = page.locator('.spend-band .stepper-button').last();
  for (let i = 0; i < 18; i += 1) await plus.click();
  await page.getByRole('button', { name: '按消费估算' }).click();
  await page.getByTestId('proposal').first().waitFor();
}

async function keystrokes() {
  return page.evaluate(async () => {
    const input = document.querySelector('#line-5-data_mb');
    const watched = document.querySelector('.counter-compare');
    const out = [];
    for (let i = 0; i < 60; i += 1) {
      const done = new Promise((resolve) => {
        const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now()); });
        mo.observe(watched, { subtree: true, childList: true, characterData: true });
      });
      const t0 = performance.now();
      input.value = String(10 + (i % 40));
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      out.push((await done) - t0);
    }
    return out;
  });
}

// The counter with nothing in the book.
await twentyLines();
const empty = await page.evaluate((k) => localStorage.getItem(`${k}book`), KEY);
const counter0 = await keystrokes();

// 500 customers, each with the family quick start's stored session.
await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
await page.getByTestId('proposal').first().waitFor();
await page.waitForFunction((k) => JSON.parse(localStorage.getItem(`${k}session.v1`) ?? '{}').intake?.lines?.length === 4, KEY);
const session = await page.evaluate((k) => localStorage.getItem(`${k}session.v1`), KEY);
const statuses = ['prepared', 'visited', 'proposed', 'signed', 'declined', 'follow_up'];
const customers = Array.from({ length: N }, (_, j) => {
  const n = String(j + 1).padStart(3, '0');
  return {
    id: `B-${n}`, name: `客户${n}`, phone: `139 0000 0${n}`, session,
    offer: { title: { zh: '家庭融合 129 元', en: 'Family bundle ¥129' }, monthly_saving: 25390, term_saving: 609360 },
    quote_number: `Q-20261203-${n}`, valid_until: '2026-12-17', status: statuses[j % 6],
    follow_up: j % 6 === 5 ? { year: 2026, month: 1 + (j % 12), day: 1 + (j % 28) } : null,
    created: { year: 2026, month: 12, day: 1 },
  };
});
mkdirSync('target/test-logs', { recursive: true });
const file = 'target/test-logs/bench-book.json';
writeFileSync(file, JSON.stringify({ schema: 1, customers }));
await page.goto(`${app.base}proposal.html#/customers`);
await page.getByTestId('book-import').setInputFiles(file);
await page.waitForFunction((n) => document.querySelectorAll('[data-testid="book-row"]').length >= n, N);
const stored = await page.evaluate((k) => (localStorage.getItem(`${k}book`) ?? '').length + (localStorage.getItem(`${k}book.backup`) ?? '').length, KEY);

// The book page at 500: navigation to every row shown, 5 loads.
await page.addInitScript((n) => {
  const mo = new MutationObserver(() => {
    if (!window.__rows && document.querySelectorAll('[data-testid="book-row"]').length >= n) window.__rows = performance.now();
  });
  document.addEventListener('DOMContentLoaded', () => mo.observe(document.body, { childList: true, subtree: true }));
}, N);
const loads = [];
for (let i = 0; i < 5; i += 1) {
  await page.reload();
  await page.waitForFunction(() => window.__rows !== undefined);
  loads.push(await page.evaluate(() => window.__rows));
}

/** Input (or change) to the list's first mutation, `times` times. */
const rerender = (selector, values, event) => page.evaluate(async ({ selector, values, event }) => {
  const el = document.querySelector(selector);
  const list = document.querySelector('.book-list');
  const out = [];
  for (const v of values) {
    const done = new Promise((resolve) => {
      const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now()); });
      mo.observe(list, { subtree: true, childList: true, characterData: true });
    });
    const t0 = performance.now();
    el.value = v;
    el.dispatchEvent(new Event(event, { bubbles: true }));
    out.push((await done) - t0);
  }
  return out;
}, { selector, values, event });
const queries = [];
for (let i = 0; i < 10; i += 1) queries.push(`客户${(i * 37) % 50}`, '');
const search = await rerender('[data-testid="book-search"]', queries, 'input');
const filters = [];
for (let i = 0; i < 10; i += 1) filters.push(statuses[i % 6], '');
const filter = await rerender('[data-testid="book-filter-status"]', filters, 'change');

// The counter again, beside the 500-customer book.
await page.goto(`${app.base}index.html`);
await page.getByLabel('客户名称（可选）').waitFor();
await twentyLines();
const counter500 = await keystrokes();

console.log(`book empty before: ${empty === null ? 'yes' : 'no'}; ${N} customers stored: ${(stored / 1024).toFixed(0)} K characters (book + backup)`);
console.log(`counter input -> comparison, 20 lines, empty book: ${stats(counter0)}`);
console.log(`counter input -> comparison, 20 lines, ${N} in the book: ${stats(counter500)}`);
console.log(`book page, navigation -> ${N} rows shown: ${stats(loads)}`);
console.log(`book search, input -> list updated (${N}): ${stats(search)}`);
console.log(`book status filter, change -> list updated (${N}): ${stats(filter)}`);
await app.close();
