// Accessibility of every page, in Chinese and English: axe-core (the npm
// package, run inside the page) finds no violation of any impact; the
// self-check's steppers are named by what they change; a keyboard reaches
// the first "选用此方案" from the first fee through a skip link in a few
// Tabs; and every visible control is a tap target of at least 44x44 px on a
// phone and on a tablet in both orientations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start, TABLET, PHONE } from './harness.mjs';
import { everyPage, openIn } from './pages.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PORTRAIT = { width: 768, height: 1024 };
const TAP = 44;

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

/** axe's violations on `page`, one line each: rule, impact, where. The
 * script is evaluated (not a <script> tag) because the page's CSP refuses
 * inline scripts, as it should. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}`));
}

for (const lang of ['zh', 'en']) {
  test(`axe finds no violation on any page, ${lang}, tablet and phone`, async () => {
    const found = [];
    const check = (size) => async (name, page) => {
      for (const v of await axe(page)) found.push(`${name} ${size}: ${v}`);
    };
    await everyPage(app, lang, TABLET, check('1024x768'));
    await everyPage(app, lang, PHONE, check('390x844'), { tables: false });
    assert.deepEqual(found, [], 'no accessibility violation');
  });
}

test('the self-check\'s steppers are named by what they change, in each language', async () => {
  const expected = {
    zh: ['减少 手机 号码数', '增加 手机 号码数', '减少 固话 号码数', '增加 固话 号码数', '减少 宽带 号码数', '增加 宽带 号码数',
      '减少 #1 手机 通话（分钟）', '增加 #1 手机 通话（分钟）', '减少 #1 手机 流量（GB）', '增加 #1 手机 流量（GB）'],
    en: ['Decrease Mobile Lines', 'Increase Mobile Lines', 'Decrease Landline Lines', 'Increase Landline Lines',
      'Decrease Broadband Lines', 'Increase Broadband Lines',
      'Decrease #1 Mobile Calls (min)', 'Increase #1 Mobile Calls (min)', 'Decrease #1 Mobile Data (GB)', 'Increase #1 Mobile Data (GB)'],
  };
  for (const lang of ['zh', 'en']) {
    await everyPage(app, lang, PHONE, async (name, page) => {
      if (name !== 'self-check') return;
      const names = await page.locator('.usage-controls .stepper-button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
      assert.deepEqual(names.slice(0, 10), expected[lang], `${lang}: the first steppers' names`);
      assert.equal(new Set(names).size, names.length, `${lang}: no two stepper buttons share a name`);
      // Found by its name, a button does what it says: the first line's minutes go down 50.
      const minutes = page.locator('.usage-row').first().locator('.stepper').first().locator('input.stepper-value');
      const before = Number(await minutes.inputValue());
      await page.getByRole('button', { name: expected[lang][6], exact: true }).click();
      await page.waitForFunction(([el, v]) => el.value === String(v), [await minutes.elementHandle(), before - 50]);
    }, { tables: false });
  }
});

/** A short description of the focused element. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e.tagName, id: e.id, text: (e.textContent || '').trim(), skip: e.classList.contains('skip-link') };
});

test('a skip link takes the keyboard from the first fee to the first 选用此方案 in at most 8 Tabs', async () => {
  const page = await openIn(app, 'zh', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await page.getByTestId('proposal').first().waitFor();
  const isChoose = (f) => f.tag === 'BUTTON' && f.text === '选用此方案';

  // Without the skip link: Tab through every field of every line.
  await page.getByLabel('现月费').first().focus();
  let walk = 0;
  for (let f = null; !f || !isChoose(f); f = await focused(page)) {
    assert.ok(walk < 200, 'the first 选用此方案 is reachable by Tab');
    await page.keyboard.press('Tab');
    walk += 1;
  }

  // With it: Tab to the first line's skip link, Enter, Tab to the card's button.
  await page.getByLabel('现月费').first().focus();
  let tabs = 0;
  for (let f = null; !f || !f.skip; f = await focused(page)) {
    assert.ok(tabs < 20, 'the first line has a skip link');
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'proposals', 'the skip link moves the focus to the comparison');
  assert.match(page.url(), /\/(#\/?)?$/, 'and stays on the counter');
  for (let f = await focused(page); !isChoose(f); f = await focused(page)) {
    assert.ok(tabs < 20, 'the first card\'s 选用此方案 follows');
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  console.log(`keyboard: first fee to the first 选用此方案: ${tabs} Tabs and 1 Enter with the skip link, ${walk} Tabs without`);
  // The bound: from the fee, the first line's 5 other figures (minutes, long
  // distance, data, calls among the family, SMS), its skip link (before the
  // line's services and handset), then the first card's "明细" and its
  // 选用此方案: 5 + 1 + 2 = 8, whatever the number of lines.
  assert.ok(tabs <= 8, `at most 8 Tabs with the skip link (took ${tabs})`);
  assert.ok(tabs < walk, 'shorter than tabbing through every line');
  await page.context().close();
});

/** Every visible control of `page` smaller than TAP in either direction. */
const tooSmall = (page) => page.evaluate((tap) => {
  const small = [];
  for (const e of document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, summary')) {
    const r = e.getBoundingClientRect();
    // Out of sight (a skip link before it is focused, a closed <details>'s inside).
    if (r.width <= 1 || r.height <= 1 || getComputedStyle(e).visibility === 'hidden') continue;
    if (r.width < tap || r.height < tap) {
      const what = (e.getAttribute('aria-label') || e.textContent || e.id || e.name || '').trim().slice(0, 30);
      small.push(`${e.tagName.toLowerCase()} "${what}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
  }
  return small;
}, TAP);

test('every visible button, link, field and summary is at least 44x44 px on a phone and a tablet', async () => {
  const found = [];
  for (const size of [PHONE, TABLET, PORTRAIT]) {
    await everyPage(app, 'zh', size, async (name, page) => {
      for (const s of await tooSmall(page)) found.push(`${name} ${size.width}x${size.height}: ${s}`);
    });
  }
  assert.deepEqual([...new Set(found)], [], 'no tap target under 44x44 px');
});
