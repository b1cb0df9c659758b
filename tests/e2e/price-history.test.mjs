// A price-book history that keeps old proposals true (issue 18): a link a
// rep made under version 1 still opens at version 1's prices after a
// manager publishes and deploys version 2, marked "prices of version 1,
// since replaced by version 2" (its printable proposal too); after its
// validity date it says so and re-prices under the current tables with the
// difference. Runs on a copy of dist/ so the test can deploy version 2 into
// its tables/ folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, DIST, TABLET, PHONE, expectText, expectMatch, deployBundleFee } from './harness.mjs';

let app;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'price-history-'));
  cpSync(DIST, dir, { recursive: true });
  app = await start(dir);
});
after(async () => { await app.close(); });

const BUNDLE = 'bundle.family';

/** The family preset's recommended proposal, shared: its link and saving. */
async function makeLink() {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  const card = page.getByTestId('proposal').first();
  const saving = await card.getByTestId('horizon-saving').locator('dd').textContent();
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('button', { name: '分享给客户' }).click();
  await page.frameLocator('[data-testid="share-qr"]').getByRole('link', { name: '在此打开' }).click();
  await page.getByTestId('shared-saving').waitFor();
  const url = page.url();
  await page.context().close();
  return { hash: url.slice(url.indexOf('#')), saving };
}

/** Version 2: the family bundle ¥20 dearer, published and deployed. */
const publishVersion2 = () => deployBundleFee(app, dir, BUNDLE, '149', '2027-01-01');

test('a version-1 link reopens at version 1 with its saving and the mark, and once expired is re-priced', async () => {
  const { hash, saving } = await makeLink();
  assert.equal(saving, '¥6,093.60', 'see share.test.mjs for the sum');
  await publishVersion2();

  const phone = await app.open(hash, PHONE);
  await expectText(phone.getByTestId('history-mark'), '按第 1 版（2026-12-01）价格计算，该版已由第 2 版（2027-01-01）取代');
  await expectText(phone.getByTestId('shared-saving'), saving, 'the original saving, at version 1 prices');
  assert.equal(await phone.getByTestId('history-expired').count(), 0, 'still valid: no expiry');
  assert.equal(await phone.getByTestId('reprice').count(), 0);
  // Its full proposal, as the phone opens it: version 1's prices, marked.
  await phone.getByRole('button', { name: '打开完整建议书' }).click();
  await phone.getByTestId('proposal-doc').waitFor();
  await expectText(phone.getByTestId('doc-horizon-saving'), saving, 'the printable proposal at version 1 prices');
  await expectText(phone.getByTestId('doc-history-mark').locator('p').first(), '按第 1 版（2026-12-01）价格计算，该版已由第 2 版（2027-01-01）取代');
  await phone.context().close();

  // A month after its validity date (the link is valid 14 days).
  const context = await app.browser.newContext({ viewport: PHONE, locale: 'zh-CN', serviceWorkers: 'block' });
  await context.clock.setFixedTime(new Date('2027-02-01T10:00:00+08:00'));
  const late = await context.newPage();
  await late.goto(app.base + hash);
  await expectMatch(late.getByTestId('history-expired'), /^本建议书有效期至 \d{4}-\d{2}-\d{2}，已过期，第 1 版价格不再有效。可按现行第 2 版价格重新计算。$/);
  await expectText(late.getByTestId('shared-saving'), saving, 'shown as it was made until re-priced');
  await late.getByTestId('reprice').click();
  // Version 2's family bundle costs ¥20 a month more: 24 × ¥20 = ¥480 less
  // saved, unless another proposal beats it under version 2.
  await expectMatch(late.getByTestId('repriced'), /^按现行价格：24 个月共节省 ¥[\d,]+\.\d\d（原为 ¥6,093\.60，少 ¥[\d,]+\.\d\d）$/);
  const now = await late.getByTestId('shared-saving').textContent();
  assert.notEqual(now, saving, 'the current prices give another saving');
  await context.close();
});
