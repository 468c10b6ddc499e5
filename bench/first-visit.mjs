// A first visit on a phone (issue 12): the release build served compressed, as the README's
// nginx block serves it, in Chromium emulating slow 4G (150 ms latency, 1.6 Mbit/s down,
// 750 kbit/s up) and a CPU slowed 4×. Per fresh visit (new context, cold cache): first text
// (first contentful paint), first results (the first frame with a programme card), the app
// running (its own view in place of the page's static one), typing "diaspora bonds" as soon as
// the box shows until the app answers it, the repeat visit (service worker) until the app runs
// again, and the bytes by file. Then Lighthouse 12.2.3's mobile audit (its own simulated slow
// 4G and 4× CPU). Medians of the runs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(`${root}.tools/`);

export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
export const CPU_SLOWDOWN = 4;
export const TYPED = 'diaspora bonds';
const RUNS = 5;
const LIGHTHOUSE_RUNS = 3;

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

/** Records, in the page, when each stage is first seen in a frame (performance.now()). */
function recorder(typed) {
  window.__stages = {};
  const seen = (name) => {
    if (!(name in window.__stages)) window.__stages[name] = performance.now();
  };
  const check = () => {
    if (document.querySelector('[data-testid="result"]')) seen('results');
    const running = document.body && !document.getElementById('prerendered');
    if (running && document.querySelector('[data-testid="result-count"]')) seen('app');
    // The app's own box holds the whole text, and its results mark the words.
    if (running && document.getElementById('search-input')?.value === typed && document.querySelector('.programme-list mark')) seen('answer');
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** One throttled visit of `url` in `context`; `type` types TYPED as soon as the box shows. */
async function visit(context, url, { type }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const urls = new Map();
  const bytes = {};
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    const name = new URL(urls.get(event.requestId) ?? 'about:blank').pathname.split('/').pop() || 'index.html';
    bytes[name] = (bytes[name] ?? 0) + event.encodedDataLength;
  });
  await page.addInitScript(recorder, type ? TYPED : null);
  await page.goto(url, { waitUntil: 'commit' });
  if (type) {
    const box = page.locator('.search-input:visible').first();
    await box.waitFor({ timeout: 60_000 });
    await box.click();
    await page.keyboard.type(TYPED, { delay: 60 });
  }
  await page.waitForFunction((type) => window.__stages.app && (!type || window.__stages.answer), type, { timeout: 120_000 });
  const stages = await page.evaluate(() => ({
    ...window.__stages,
    text: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  return { page, cdp, stages, bytes };
}

/** The first-visit figures for the app at `url` (its start page). */
export async function measureFirstVisit(browser, url) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, locale: 'en-GB' });
    try {
      const first = await visit(context, url, { type: false });
      // The repeat visit, once the service worker has the build.
      await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
      await first.page.close();
      const repeat = await visit(context, url, { type: false });
      await repeat.page.close();
      const typing = await visit(await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true }), url, { type: true });
      await typing.page.context().close();
      runs.push({
        firstTextMs: first.stages.text,
        // A card is on screen once it is in the page and the page has painted.
        firstResultsMs: Math.max(first.stages.results, first.stages.text),
        appRunningMs: first.stages.app,
        typingToResultsMs: typing.stages.answer,
        repeatFirstTextMs: repeat.stages.text,
        repeatVisitMs: repeat.stages.app,
        bytes: first.bytes,
      });
    } finally {
      await context.close();
    }
  }
  const figures = {};
  for (const key of ['firstTextMs', 'firstResultsMs', 'appRunningMs', 'typingToResultsMs', 'repeatFirstTextMs', 'repeatVisitMs']) {
    figures[key] = Math.round(median(runs.map((run) => run[key])));
  }
  const files = [...new Set(runs.flatMap((run) => Object.keys(run.bytes)))].sort();
  figures.bytes = Object.fromEntries(files.map((file) => [file, median(runs.map((run) => run.bytes[file] ?? 0))]));
  figures.totalBytes = Object.values(figures.bytes).reduce((sum, value) => sum + value, 0);
  figures.runs = RUNS;
  return figures;
}

/**
 * Lighthouse's mobile performance audit of `url`, median of its runs. `throttling` is
 * Lighthouse's own default, 'simulate' (an unthrottled load, then slow 4G and 4× CPU
 * simulated), or 'devtools' (the load itself throttled). The simulation counts every request
 * that starts before the largest paint as needed for it, so it reads the wasm, which starts
 * early but paints nothing on the static page, into the LCP; the applied throttling measures it.
 */
export async function measureLighthouse(url, throttling = 'simulate') {
  const { default: lighthouse } = await import(`${root}.tools/node_modules/lighthouse/core/index.js`);
  const { launch } = require('chrome-launcher');
  const scores = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
    const chrome = await launch({
      chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod: throttling,
      });
      const audit = (id) => result.lhr.audits[id]?.numericValue;
      scores.push({
        score: Math.round(result.lhr.categories.performance.score * 100),
        fcpMs: audit('first-contentful-paint'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        speedIndexMs: audit('speed-index'),
      });
    } finally {
      await chrome.kill();
    }
  }
  const figures = { runs: LIGHTHOUSE_RUNS, throttling };
  for (const key of Object.keys(scores[0])) figures[key] = median(scores.map((score) => score[key]));
  return figures;
}
