// Installable and offline (issue 17): after one visit with the network, the
// counter, the printable proposal, a shared link and the tables open with no
// network; a new deployment installs beside the running one and takes over
// only when the rep accepts, then the page reloads with it. Runs on a copy
// of dist/ so the test can deploy a "new version" into it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, DIST, TABLET, PHONE, expectText } from './harness.mjs';

let app;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(DIST, dir, { recursive: true });
  app = await start(dir);
});
after(async () => { await app.close(); });

/** A context with the service worker allowed, its page on `hash`, once the
 * worker controls the page (its deployment is then wholly cached). */
async function visit(hash, viewport = TABLET) {
  const context = await app.browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(app.base + hash);
  await page.locator('.app-header').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

test('the manifest names the app and its icons, 192, 512 and maskable', async () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'pwa/manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, '../index.html', 'relative: any host path');
  const icons = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  assert.deepEqual(icons, ['192x192 any', '512x512 any', '512x512 maskable']);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  for (const f of ['index.html', 'proposal.html', 'tables.html', 'pwa/register.js']) {
    assert.ok(sw.includes(JSON.stringify(f)), `the worker caches ${f}`);
  }
});

test('after one visit, the counter, the proposal, a shared link and the tables (and their workbook) open with no network', async () => {
  const page = await visit('');
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  const card = page.getByTestId('proposal').first();
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('link', { name: '生成建议书' }).click();
  await page.getByTestId('proposal-doc').waitFor();
  const link = (await page.getByTestId('doc-link').textContent()).trim();
  const total = (await page.getByTestId('doc-total').textContent()).trim();
  const context = page.context();
  await context.setOffline(true);

  await page.goto(app.base);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).waitFor();
  await page.goto(`${app.base}proposal.html#/proposal`);
  await expectText(page.getByTestId('doc-total'), total, 'the proposal opens offline, its figures intact');
  await page.goto(`${app.base}tables.html#/tables`);
  await page.getByRole('heading', { name: '资费表管理' }).first().waitFor();
  // The workbook worker, never fetched online, comes from the cache too.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  assert.match(download.suggestedFilename(), /^catalog-v\d+\.xlsx$/, 'the workbook is written offline');
  const phone = await context.newPage();
  await phone.setViewportSize(PHONE);
  await phone.goto(link);
  await phone.getByTestId('shared-title').waitFor();
  await context.close();
});

test('a new deployment waits for the rep, then the page reloads with it', async () => {
  const page = await visit('');
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  assert.equal(await page.getByTestId('update-ready').count(), 0, 'no notice while nothing new is deployed');
  // Deploy a new version: a changed file makes a new worker (new cache).
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "test-next"'));
  const before = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
  await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
  const notice = page.getByTestId('update-ready');
  await notice.waitFor();
  await expectText(notice.locator('span'), '新版本已就绪。更新后页面会重新打开，已录入的内容都会保留。');
  // Nothing has changed under the rep yet: the old worker still serves.
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), before);
  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: '立即更新' }).click();
  await reloaded;
  await page.locator('.app-header').waitFor();
  const caches = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('proposal-calculator-')));
  assert.deepEqual(caches, ['proposal-calculator-test-next'], 'the old deployment\'s cache is gone');
  assert.equal(await page.getByTestId('update-ready').count(), 0);
  // The intake typed before the update is kept.
  assert.ok((await page.getByLabel('现月费').count()) >= 4, 'the lines are still there');
  await page.context().close();
});

test('opened as a file, the page says plainly that it cannot work offline', async () => {
  const context = await app.browser.newContext({ viewport: TABLET, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`file://${join(dir, 'index.html')}`);
  const note = page.getByTestId('opened-as-file');
  await note.waitFor();
  assert.match(await note.textContent(), /以文件方式打开，无法离线使用.*Open it from its web address/);
  await context.close();
});
