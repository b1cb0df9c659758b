// The portrait tablet (768x1024, issue 14): the proposals start below every
// line card, so a bar pinned to the bottom keeps the recommended proposal's
// name and its saving in sight while the rep types: after scrolling to the
// last line card it is on screen and shows exactly the first card's name
// and "平均每月省" figure (not today's bill), and follows a change of a fee.
// A landscape tablet has the comparison beside the intake and no bar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, expectText, TABLET, PHONE } from './harness.mjs';

const PORTRAIT = { width: 768, height: 1024 };

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

/** Whether `locator`'s box is wholly inside the viewport. */
const onScreen = (locator) => locator.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
});

/** The first card's name and average saving a month. */
async function firstCard(page) {
  const card = page.getByTestId('proposal').first();
  return {
    name: (await card.locator('h3').textContent()).trim(),
    saving: (await card.getByTestId('monthly-saving').textContent()).trim(),
  };
}

for (const viewport of [PORTRAIT, PHONE]) {
  test(`at ${viewport.width}x${viewport.height} the pinned bar shows the best proposal and its saving while typing in the last line card`, async () => {
    const page = await app.open('', viewport);
    await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
    await page.getByTestId('proposal').first().waitFor();
    const lines = page.locator('.line-card');
    assert.equal(await lines.count(), 4);
    const last = lines.last();
    await last.scrollIntoViewIfNeeded();
    const bar = page.getByTestId('best-bar');
    assert.ok(await onScreen(bar), 'the bar is on screen at the last line card');
    assert.equal(await onScreen(page.getByTestId('proposal').first()), false, 'where the cards are out of sight');
    let card = await firstCard(page);
    await expectText(bar.getByTestId('best-bar-name'), card.name, 'the best card\'s name');
    await expectText(bar.getByTestId('best-bar-saving'), card.saving, 'the best card\'s saving');
    await expectText(bar.locator('.best-bar-saving .muted'), '平均每月省', 'named as on the card');
    const today = (await page.getByTestId('current-monthly').evaluate((e) => e.firstChild.textContent)).trim();
    assert.ok(!(await bar.textContent()).includes(today), `the bar shows the saving, not today's bill (${today})`);

    // Typing in the last line card (the broadband's fee, ¥100 → ¥180): the
    // bar follows, and stays the first card's figure.
    const fee = last.getByLabel('现月费');
    await fee.click();
    await fee.fill('180');
    await page.waitForFunction((old) => document.querySelector('[data-testid="proposal"] [data-testid="monthly-saving"]').textContent.trim() !== old, card.saving);
    card = await firstCard(page);
    await expectText(bar.getByTestId('best-bar-saving'), card.saving, 'the bar follows the new saving');
    await expectText(bar.getByTestId('best-bar-name'), card.name);
    assert.ok(await onScreen(bar), 'still on screen while typing');
    const [field, pinned] = [await fee.boundingBox(), await bar.boundingBox()];
    assert.ok(field.y + field.height <= pinned.y, 'the field typed in is not under the bar');

    // "看方案" takes the rep down to the proposals.
    await bar.getByRole('button', { name: '看方案' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'proposals');
    const top = await page.getByTestId('proposal').first().evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < viewport.height, 'the first card is in view');
    await page.context().close();
  });
}

test('a landscape tablet has the comparison beside the intake and no bar', async () => {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  await page.getByTestId('proposal').first().waitFor();
  assert.equal(await page.getByTestId('best-bar').isVisible(), false);
  assert.ok(await onScreen(page.getByTestId('proposal').first().locator('h3')), 'the best card is in sight');
  await page.context().close();
});
