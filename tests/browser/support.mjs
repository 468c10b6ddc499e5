// Shared set-up for the browser tests: the release build in dist/ served on loopback, and
// Debian's Chromium driven by playwright-core (installed into .tools/ by scripts/setup.sh).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from '../static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(new URL('.tools/', `file://${root}`));
const { chromium } = require('playwright-core');

export const distDir = `${root}dist`;

/** Starts the server and the browser; call `stop()` when done. */
export async function start() {
  const { server, url } = await serve(distDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Opens a page that fails the test on any console error or uncaught exception. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  return { page, errors };
}
