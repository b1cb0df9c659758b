// A customer leaves the counter with a link: the rep makes a proposal on a
// tablet, the link opens in a fresh browser (the customer's phone) with the
// same saving; the customer's own usage changes move it by exactly what the
// tables say; a damaged link and a link from a newer version each show their
// own message instead of crashing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { start, expectText, expectCount, expectValue, TABLET, PHONE } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

const DAMAGED = '这个链接已损坏或不完整，无法打开。请向营业员重新索取。';
const NEWER = '这个链接来自更新版本的计算器，请刷新页面后重试。';

async function makeLink() {
  const page = await app.open('', TABLET);
  await page.getByRole('button', { name: '家庭：3 手机 + 宽带' }).click();
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  const saving = await card.getByTestId('horizon-saving').locator('dd').textContent();
  const title = await card.locator('h3').textContent();
  await card.getByRole('button', { name: '选用此方案' }).click();
  await page.getByRole('button', { name: '分享给客户' }).click();
  await page.frameLocator('[data-testid="share-qr"]').getByRole('link', { name: '在此打开' }).click();
  await page.getByTestId('shared-saving').waitFor();
  const url = page.url();
  await page.context().close();
  return { url, saving, title };
}

test('the link opens on a phone with the same proposal and saving', async () => {
  const { url, saving, title } = await makeLink();
  assert.match(url, /#\/p\/[A-Za-z0-9_-]+$/);
  const hash = url.slice(url.indexOf('#'));
  assert.ok(hash.length < 400, `a family link stays short for its QR (${hash.length})`);
  // By hand (catalog/default.json): the family preset pays 128 + 88 + 58 + 100
  // = ¥374 a month, ×24 = ¥8,976.00; 家庭融合129元 costs ¥2,882.40 over its 24
  // months (see counter.test.mjs; the main card free, no installation:
  // every line is with this operator): a saving of 8,976 − 2,882.40 = ¥6,093.60.
  assert.equal(title, '家庭融合129元');
  assert.equal(saving, '¥6,093.60');
  const phone = await app.open(hash, PHONE);
  await expectText(phone.getByTestId('shared-saving'), saving, 'the phone shows the rep\'s saving');
  await expectText(phone.getByTestId('shared-title'), title);
  await expectCount(phone.locator('.notice'), 0, 'same tables: no warning');
  // The customer checks a heavier month: 30 taps on the first mobile's data
  // take it from 30 GB to 60 GB. The chosen proposal keeps its items, so the
  // 30 GB beyond the bundle's 30 GB are billed at ¥0.01/MB: 30,720 MB =
  // ¥307.20 a month, ¥7,372.80 over 24 months (the ¥50 credit stays under half
  // the larger bill): 6,093.60 − 7,372.80 = −¥1,279.20.
  const data = phone.getByRole('textbox', { name: '#1 手机 流量（GB）', exact: true });
  await expectValue(data, '30');
  const plus = phone.getByRole('button', { name: '增加 #1 手机 流量（GB）', exact: true });
  for (let i = 1; i <= 30; i += 1) {
    await plus.click();
    await expectValue(data, String(30 + i), 'each tap is one GB');
  }
  await expectText(phone.getByTestId('shared-saving'), '-¥1,279.20', 'the heavier month costs what the tables say');
  await expectText(phone.locator('.selfcheck-summary .notice.error'), '按此用量，方案比现在多花 ¥1,279.20');
  // And back down by 50 minutes a tap on the same line's minutes.
  const minutes = phone.getByRole('textbox', { name: '#1 手机 通话（分钟）', exact: true });
  await expectValue(minutes, '800');
  await phone.getByRole('button', { name: '减少 #1 手机 通话（分钟）', exact: true }).click();
  await expectValue(minutes, '750', 'a minutes tap is 50 minutes');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false);
  await phone.context().close();
});

/** The code of a link as bytes, and back (base64url without padding). */
const bytesOf = (code) => Buffer.from(code, 'base64url');
const codeOf = (bytes) => Buffer.from(bytes).toString('base64url');

/** Opens `hash` on a phone and expects the link error `message` and a way back. */
async function expectLinkError(hash, message, why) {
  const phone = await app.open(hash, PHONE);
  await expectText(phone.getByTestId('link-error').locator('p'), message, why);
  await expectCount(phone.getByTestId('shared-saving'), 0, `${why}: no figures`);
  await phone.getByTestId('link-error').getByRole('link', { name: '重新开始' }).waitFor();
  await phone.context().close();
}

test('a damaged link says so, and a newer version\'s link says that, never a crash', async () => {
  const { url } = await makeLink();
  const hash = url.slice(url.indexOf('#'));
  const code = hash.slice('#/p/'.length);
  // One character changed in the middle: the link's checksum refuses it.
  const mid = Math.floor(code.length / 2);
  const tampered = code.slice(0, mid) + (code[mid] === 'A' ? 'B' : 'A') + code.slice(mid + 1);
  for (const [bad, why] of [
    [hash.slice(0, hash.length - 7), 'truncated'],
    ['#/p/AAAA', 'too short to be a link'],
    ['#/p/!!not-a-link', 'not base64url'],
    [`#/p/${tampered}`, 'one character changed'],
  ]) {
    await expectLinkError(bad, DAMAGED, why);
  }
  // The same link with its format version byte one above this app's, its
  // CRC-32 (the last 4 bytes, big-endian, over the rest) made again, as a
  // newer app would write it.
  const bytes = bytesOf(code);
  bytes[0] += 1;
  const covered = bytes.subarray(0, bytes.length - 4);
  bytes.writeUInt32BE(crc32(covered), bytes.length - 4);
  await expectLinkError(`#/p/${codeOf(bytes)}`, NEWER, 'a newer format version');
});
