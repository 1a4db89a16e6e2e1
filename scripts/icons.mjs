// Renders scripts/icon.svg to the PNG sizes the stores need (dev-time; the PNGs are committed).
// Usage: node scripts/icons.mjs   (needs Chromium: apt-get install -y chromium)
import { chromium } from 'playwright-core';
import fs from 'node:fs';
const svg = fs.readFileSync('scripts/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`);
  await page.screenshot({ path: `assets/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written');
