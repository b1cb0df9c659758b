// The managers' form shows the pricing-rule table (计价规则) the engine lists
// (catalog/rules/list.rs), in the Chinese UI, with the tables' own settings;
// that a setting follows the draft is a host test (editor/message_tests.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, expectText, TABLET } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

test('the pricing rules are listed in Chinese with the default tables\' settings', async () => {
  const page = await app.open('', TABLET);
  await page.goto(app.base + 'tables.html#/tables');
  const rules = page.getByTestId('pricing-rules');
  await rules.waitFor();
  await expectText(rules.locator('h2'), '计价规则');
  const row = (field) => rules.locator('tbody tr', { has: page.locator('th code', { hasText: field }) });
  await expectText(row('credit_cap').first().locator('td').nth(1), '50%');
  await expectText(row('policy.stacking').locator('td').nth(1), 'compound：折上折');
  const fixed = await rules.locator('tbody th code', { hasText: '—，固定规则' }).count();
  assert.ok(fixed >= 2, `fixed rules are said as such (${fixed})`);
  await page.context().close();
});
