// Regenerates the web app icons in public/icons/ from public/favicon.svg with headless Chromium
// (Debian's /usr/bin/chromium, or CHROMIUM_PATH). The PNGs are committed; run this only when the
// favicon changes:  node scripts/pwa-icons.mjs
//   icon-192.png, icon-512.png     the favicon as it is (rounded square, transparent corners)
//   icon-maskable-512.png          full-bleed background with the mark inside the 80 % safe zone
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
const background = /<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/.exec(svg)?.[1] ?? '#0b5cad';
const out = join(ROOT, 'public/icons');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const shoot = async (size, html, file) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
    await page.screenshot({ path: join(out, file), omitBackground: true });
    console.log(`public/icons/${file}`);
  };
  const plain = (size) =>
    svg.replace('<svg ', `<svg width="${size}" height="${size}" style="display:block" `);
  await shoot(192, plain(192), 'icon-192.png');
  await shoot(512, plain(512), 'icon-512.png');
  // Maskable: the mark (without its rounded square) at 60 % on a full-bleed background.
  const mark = svg
    .replace(/<rect[^>]*\/>/, '')
    .replace('<svg ', '<svg width="308" height="308" style="display:block" ');
  await shoot(
    512,
    `<div style="width:512px;height:512px;background:${background};display:grid;place-items:center">${mark}</div>`,
    'icon-maskable-512.png',
  );
} finally {
  await browser.close();
}
