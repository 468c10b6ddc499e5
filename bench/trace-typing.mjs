// Where a keystroke's time goes: types two queries into an app build (as bench/keystroke.mjs
// does) under a Chromium trace, then prints keystroke → paint p50/p95 and the trace's biggest
// totals (script in microtasks, layout, style, paint…). A diagnosis aid, not a benchmark:
//   node bench/trace-typing.mjs [dir]     (default dist/, served at its root; make dist first)
// NO_HISTORY=1 stubs history writes out, to see what the address bar costs; SKIP_OFFSCREEN=1
// adds `content-visibility: auto` to the cards, to see what laying out only those near the
// screen would save (measured 2026-12-03: p50 ~33 -> ~20 ms, p95 ~50 -> ~37 ms; not adopted:
// off-screen cards then have no innerText and axe measures their tags as obscured).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/static-server.mjs';
import { typeInPage } from './keystroke.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(`${root}.tools/`);
const { chromium } = require('playwright-core');
const { server, url } = await serve(process.argv[2] ?? `${root}dist`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
await page.goto(url);
await page.locator('[data-testid="result"]:not(#prerendered *)').first().waitFor();
await page.waitForTimeout(1000);
if (process.env.SKIP_OFFSCREEN) {
  await page.evaluate(() => {
    const sheet = [...document.styleSheets].find((s) => s.href?.includes('styles-'));
    sheet.insertRule('.programme-list > li { content-visibility: auto; contain-intrinsic-size: auto 18rem }', sheet.cssRules.length);
  });
}
if (process.env.NO_HISTORY) await page.evaluate(() => { history.replaceState = () => {}; history.pushState = () => {}; });
const cdp = await page.context().newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink', transferMode: 'ReportEvents' });
const { latencies } = await page.evaluate(typeInPage, ['remittances senegal', 'diaspora investment bonds']);
const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
await cdp.send('Tracing.end');
await complete;
const sorted = [...latencies].sort((a, b) => a - b);
const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1);
console.log(`${latencies.length} keystrokes: keystroke → paint p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
// Totals over the whole typing, in ms; nested events are counted in each of their parents.
const totals = new Map();
for (const e of events) if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(1).padStart(9)}  ${name}`);
await browser.close();
server.close();
