// Renders the installable-app icons (public/icons/icon-192.png, icon-512.png) from
// public/icons/icon.svg with Chromium. The icon is full-bleed with the globe inside the
// central 80 %, so it also serves as a "maskable" icon. Run after changing the SVG:
//   node scripts/gen-icons.mjs
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { chromium } = createRequire(`${root}.tools/`)('playwright-core');
const svg = readFileSync(`${root}public/icons/icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `${root}public/icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
