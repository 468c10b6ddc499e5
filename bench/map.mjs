// The map view's speed (issue 16): from a click on the switch's "Map" to the countries painted
// with their counts, with the outlines not yet fetched (a fresh visit), fetched before on the
// same page (kept in memory), and after a reload (the service worker's copy); and keystroke →
// results painted while the map is on screen. Part of `make bench` (bench/run.mjs); alone:
//
//   node bench/map.mjs [dist]      (serves the build on loopback and prints the figures)
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { typeInPage, TYPED } from './keystroke.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = 5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Runs in the page: clicks the switch's "Map" and resolves, in ms, once the countries carry
 * their counts and the browser has painted them (the first timer after the next frame).
 */
async function switchToMap() {
  const start = performance.now();
  document.querySelector('[data-view="map"]').click();
  await new Promise((done) => {
    const check = () => {
      if (document.querySelector('.world-map [data-country][role="button"]')) done();
      else requestAnimationFrame(check);
    };
    check();
  });
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - start;
}

/** Back to the list, painted. */
async function switchToList() {
  document.querySelector('[data-view="list"]').click();
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** The app's own results on screen (it has replaced the page's static view). */
const appStarted = (page) => page.locator('[data-testid="result"]:not(#prerendered *)').first().waitFor({ timeout: 120_000 });

/** The map's figures for the app at `url`: medians of RUNS, in ms. */
export async function measureMap(browser, url) {
  const fresh = [];
  const inMemory = [];
  const afterReload = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await appStarted(page);
    fresh.push(await page.evaluate(switchToMap));
    await page.evaluate(switchToList);
    inMemory.push(await page.evaluate(switchToMap));
    // The service worker has the outlines once it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.goto(url);
    await appStarted(page);
    afterReload.push(await page.evaluate(switchToMap));
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}?view=map`);
  await page.locator('.world-map [data-country][role="button"]').first().waitFor({ timeout: 120_000 });
  const typing = await page.evaluate(typeInPage, TYPED);
  await context.close();
  return {
    runs: RUNS,
    switchFreshMs: median(fresh),
    switchInMemoryMs: median(inMemory),
    switchAfterReloadMs: median(afterReload),
    keystrokes: typing.latencies.length,
    keystrokeP50Ms: percentile(typing.latencies, 50),
    keystrokeP95Ms: percentile(typing.latencies, 95),
  };
}

/** Prints the figures of `measureMap` as `make bench` does. */
export function printMap(results) {
  console.log(`\nmap view: switch → countries painted (median of ${Object.values(results)[0].runs}), and keystroke → paint with the map on screen`);
  console.log(['dataset', 'fresh ms', 'in memory ms', 'after reload ms', 'keys', 'key p50 ms', 'key p95 ms'].map((c) => c.padEnd(16)).join(''));
  for (const [dataset, m] of Object.entries(results)) {
    console.log([dataset, m.switchFreshMs, m.switchInMemoryMs, m.switchAfterReloadMs, m.keystrokes, m.keystrokeP50Ms, m.keystrokeP95Ms]
      .map((c) => (typeof c === 'number' && !Number.isInteger(c) ? c.toFixed(1) : String(c)).padEnd(16)).join(''));
  }
  console.log('  target: painted ≤ 100 ms after the switch once the outlines are cached; keystrokes as in the list');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? `${root}dist`;
  const require = createRequire(`${root}.tools/`);
  const { chromium } = require('playwright-core');
  const { serve } = await import('../tests/static-server.mjs');
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  try {
    printMap({ [dir]: await measureMap(browser, url) });
  } finally {
    await browser.close();
    server.close();
  }
}
