// Draws the app's PNG icons (assets/pwa/*.png) from their SVGs in Chromium,
// so the manifest's icons are reproducible: `node scripts/icons.mjs`.
// The maskable icon keeps its mark inside the central 80% safe zone.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const dir = new URL('../assets/pwa/', import.meta.url).pathname;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [svg, size, png] of [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['icon-maskable.svg', 512, 'icon-maskable-512.png'],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const body = readFileSync(dir + svg, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
  await page.screenshot({ path: dir + png, omitBackground: true });
  await page.close();
}
await browser.close();
