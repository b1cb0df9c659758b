// The counter's first card checked against the engine's command-line tool
// for the customer exactly as the counter parsed it (`#customer-json`):
// what the whole-customer tests of issue 15 compare every screen with.
import { cliAnswer } from './golden-cli.mjs';
import { yuan, expectText } from './harness.mjs';

export { cliAnswer as cli };

/** Text with its white space taken out (a PDF's text breaks anywhere). */
export const squash = (s) => s.replace(/\s+/g, '');

/** The first card is the CLI's recommendation, title and saving to the fen. */
export async function firstCardIsTheEngines(page, authority = 1) {
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  const json = await page.locator('#customer-json').textContent();
  const engine = cliAnswer(json, authority);
  await expectText(card.locator('h3'), engine.title.zh, 'the recommendation is the engine\'s');
  await expectText(card.getByTestId('horizon-saving').locator('dd'), yuan(engine.savings.horizon), 'the saving is the engine\'s to the fen');
  return { card, engine, customer: JSON.parse(json) };
}
