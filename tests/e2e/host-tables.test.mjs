// Publishing that reaches every tablet (issue 18): a manager publishes in
// tables.html and deploys the two files it offers into the host's tables/
// folder, no rebuild; a rep's tablet that never saw the editor prices with
// the new version at its next start and says so; a damaged or foreign file
// on the host is refused with the reason, and the last good tables stay.
// Runs on a copy of dist/ so the test can deploy into it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, DIST, TABLET, expectText, expectMatch, dataText } from './harness.mjs';

let app;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'host-tables-'));
  cpSync(DIST, dir, { recursive: true });
  app = await start(dir);
});
after(async () => { await app.close(); });

const PLAN = 'plan.m-89';
const inUse = (page) => page.getByTestId('tables-in-use');

/** A data: URL's text (the editor's downloads). */

async function cheapestFor88(page) {
  await page.getByRole('button', { name: '+ 手机' }).click();
  await page.getByLabel('现月费').fill('88');
  return page.getByTestId('proposal').first().locator('h3');
}

test('a version published and deployed to the host reaches a tablet at its next start', async () => {
  const rep = await app.open('', TABLET);
  await expectText(inUse(rep), '价格表第 1 版 · 2026-12-01 起执行 · 内置', 'nothing loaded yet: the built-in tables');

  const manager = await app.open('tables.html#/tables', TABLET);
  await manager.locator('#filter-plans').fill(PLAN);
  await manager.getByTestId('table-plans').locator('tbody tr', { hasText: PLAN }).getByRole('button', { name: '编辑' }).click();
  await manager.locator('#plan-monthly_fee').fill('0.01');
  await manager.locator('#publish-date').fill('2027-01-01');
  await manager.getByRole('button', { name: '发布', exact: true }).click();
  await manager.getByTestId('diff').getByText('草稿与已发布版本相同').waitFor();
  const current = manager.getByTestId('published-json');
  const own = manager.getByTestId('published-version-json');
  assert.equal(await current.getAttribute('download'), 'current.json');
  assert.equal(await own.getAttribute('download'), '2.json', "the version's own file");
  const json = dataText(await current.getAttribute('href'));
  assert.equal(dataText(await own.getAttribute('href')), json, 'the same tables in both');
  assert.match(json, /"fingerprint": "[0-9a-f]{16}"/, 'the file states its fingerprint');
  // The price-book history: version 1 against version 2, then version 1
  // restored as the draft (the counter marks it "not the published prices").
  const history = manager.getByTestId('history');
  await expectMatch(history.locator('.diff-list'), /plans plan\.m-89\.monthly_fee: ¥89\.00 → ¥0\.01/);
  const v2fingerprint = await manager.getByTestId('draft-fingerprint').textContent();
  await history.getByRole('button', { name: '把旧版本恢复为草稿：第 1' }).click();
  await expectMatch(manager.getByTestId('diff'), /¥0\.01 → ¥89\.00/, 'the draft is version 1 again');
  await manager.getByRole('button', { name: '撤销' }).first().click();
  await expectText(manager.getByTestId('draft-fingerprint'), v2fingerprint, 'one undoable step');
  await manager.context().close();

  writeFileSync(join(dir, 'tables/current.json'), json);
  writeFileSync(join(dir, 'tables/2.json'), json);

  await rep.reload();
  await expectText(inUse(rep), '价格表第 2 版 · 2027-01-01 起执行 · 已从服务器更新', 'the new version, from the host');
  await expectText(await cheapestFor88(rep), '5G畅享89元', 'priced with the published ¥0.01 plan');

  // Offline from the host (the file gone): the tablet keeps what it loaded.
  writeFileSync(join(dir, 'tables/current.json'), '{"plans": [');
  await rep.reload();
  await expectMatch(rep.getByTestId('host-tables-refused'), /服务器上的价格表 tables\/current\.json 未采用：文件已损坏或不是资费表。继续使用第 2 版（2027-01-01）。/);
  await expectText(inUse(rep), '价格表第 2 版 · 2027-01-01 起执行 · 本机保存', 'the last good tables stay');
  await expectText(rep.getByTestId('proposal').first().locator('h3'), '5G畅享89元', 'the intake kept, still priced with version 2');

  const foreign = JSON.parse(json);
  foreign.id = 'another-operator';
  foreign.version = 9;
  writeFileSync(join(dir, 'tables/current.json'), JSON.stringify(foreign));
  await rep.reload();
  await expectMatch(rep.getByTestId('host-tables-refused'), /这是另一套资费表（编号 another-operator，应为 default）/);
  await expectText(inUse(rep), '价格表第 2 版 · 2027-01-01 起执行 · 本机保存');
  await rep.context().close();
});
