// Every page a user meets, in one language and at one size, for the checks
// that hold on every page (tests/e2e/a11y.test.mjs, language.test.mjs): the
// counter with a quick start's proposals, the customer's self-check from its
// share link, the printable proposal, and the managers' tables with a plan's
// and a bundle's form open, the customer book with a visit form open, and
// the blank visit form. Each page is reached the way a user reaches it
// (visible controls), and every <details> is opened so what it hides is
// checked too.
import { TABLET } from './harness.mjs';

/** The language switch's buttons, by the language they choose. */
const SWITCH = { zh: '中文', en: 'EN' };

/** Opens every <details> of the page. */
async function openDetails(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

/** Opens the counter in `lang` at `viewport` (a fresh device). */
export async function openIn(app, lang, viewport = TABLET) {
  const page = await app.open('', viewport);
  await page.getByRole('button', { name: SWITCH[lang], exact: true }).click();
  await page.locator(`html[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"]`).waitFor();
  return page;
}

/** Calls `visit(name, page)` on every page in turn, `quickStart` (0 family,
 * 1 street shop, 2 office) priced at the counter; the tables only when
 * `tables` is true. */
export async function everyPage(app, lang, viewport, visit, { quickStart = 0, tables = true } = {}) {
  const page = await openIn(app, lang, viewport);
  await page.locator('.quick-starts .chip').nth(quickStart).click();
  const card = page.getByTestId('proposal').first();
  await card.waitFor();
  await card.locator(':scope > button.button').click();
  // The share panel open (its QR frame loaded), so every check covers it.
  await page.getByTestId('share-open').click();
  await page.frameLocator('[data-testid="share-qr"]').locator('svg.qr-code').waitFor();
  await openDetails(page);
  await visit('counter', page);

  await page.frameLocator('[data-testid="share-qr"]').getByTestId('share-here').click();
  await page.getByTestId('shared-saving').waitFor();
  await openDetails(page);
  await visit('self-check', page);

  await page.goto(`${app.base}#/proposal`);
  await page.getByTestId('proposal-doc').waitFor();
  await openDetails(page);
  await visit('proposal', page);

  // The customer book holds the counter's customer; its visit form open.
  await page.goto(`${app.base}proposal.html#/customers`);
  await page.getByTestId('book-row').first().waitFor();
  await page.getByTestId('book-visit').first().click();
  await page.getByTestId('visit-form').waitFor();
  await visit('customer book', page);

  await page.getByTestId('book-blank-form').click();
  await page.getByTestId('blank-form').waitFor();
  await visit('blank visit form', page);

  if (tables) {
    await page.goto(`${app.base}tables.html#/tables`);
    await page.locator('#filter-plans').waitFor();
    await page.getByTestId('table-plans').locator('tbody tr').first().locator('button').first().click();
    await page.getByTestId('plan-form').waitFor();
    await openDetails(page);
    await visit('tables, a plan\'s form', page);

    await page.getByRole('tab').nth(1).click();
    await page.getByTestId('table-bundles').locator('tbody tr').first().locator('button').first().click();
    await page.getByTestId('bundle-form').waitFor();
    await openDetails(page);
    await visit('tables, a bundle\'s form', page);
  }
  await page.context().close();
}
