// First paint before the wasm (issue 17): index.html paints the header and
// what is opening from static HTML and CSS; the app takes over in the same
// place (the same header box: no layout shift) and removes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, TABLET, PHONE, expectText } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

for (const [size, viewport] of [['tablet', TABLET], ['phone', PHONE]]) {
  test(`with the wasm still loading, the page shows the brand and what is opening (${size}); the app takes the same place`, async () => {
    const context = await app.browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
    const waiting = await context.newPage();
    // The wasm never arrives: what shows is the static page alone.
    await waiting.route('**/*.wasm', (r) => r.abort());
    // A shared link made when links named the counter's page moves to the
    // customer's page before the counter's wasm is asked for.
    const wasm = [];
    waiting.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await waiting.goto(`${app.base}#/p/AwNabc`);
    await waiting.waitForURL(/customer\.html#\/p\/AwNabc$/);
    await expectText(waiting.locator('.first-paint-header .brand-name'), '资费方案计算器');
    await expectText(waiting.locator('#first-paint-note'), '正在打开您的建议书…');
    assert.equal(await waiting.locator('.first-paint-header .app-nav').count(), 0, 'no rep navigation for a customer');
    const customerBox = await waiting.locator('.first-paint-header').boundingBox();
    assert.ok(wasm.every((u) => /\/customer-[0-9a-f]+_bg\.wasm$/.test(u)), `only the customer page's wasm: ${wasm}`);
    await waiting.goto(app.base);
    await expectText(waiting.locator('#first-paint-note'), '正在打开柜台…');
    const staticBox = await waiting.locator('.first-paint-header').boundingBox();

    const page = await context.newPage();
    await page.goto(app.base);
    await page.locator('.app-header').waitFor();
    assert.equal(await page.locator('#first-paint').count(), 0, 'the app removed the static first paint');
    assert.deepEqual(await page.locator('.app-header').boundingBox(), staticBox, 'the header does not move or resize');
    await page.goto(`${app.base}customer.html#/p/AwNabc`);
    await page.locator('[data-testid="link-error"]').waitFor();
    assert.equal(await page.locator('#first-paint').count(), 0, 'the customer page removed its static first paint');
    assert.deepEqual(await page.locator('.app-header').boundingBox(), customerBox, 'the customer header does not move or resize');
    await context.close();
  });
}
