// What a partner page pays for embedding the explorer: the bytes of embed.js, and the time
// from navigation to the first results painted, for the hosted page itself, an iframe widget
// (`data-diaspora-explorer`) and a `<diaspora-explorer>` element. The partner page is served
// from a second loopback origin; every run uses a fresh browser context (a first visit, cold
// HTTP cache, no service worker yet).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../tests/static-server.mjs';

const RUNS = 9;

/** `appUrl`: the app's address (ending in `/`); `appDir`: its files on disk. */
export async function measureEmbed(browser, appUrl, appDir) {
  const script = readFileSync(join(appDir, 'embed.js'));
  const dir = mkdtempSync(join(tmpdir(), 'diaspora-bench-partner-'));
  const partner = await serve(dir);
  const page = (name, body) => {
    writeFileSync(join(dir, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head>
<body><h1>Partner</h1>${body}<script src="${appUrl}embed.js"></script></body></html>`);
    return `${partner.url}${name}.html`;
  };
  const kinds = {
    hosted: { url: `${appUrl}?theme=investment`, first: (p) => p.getByTestId('result').first() },
    iframe: {
      url: page('iframe', '<div data-diaspora-explorer data-theme="investment"></div>'),
      first: (p) => p.frameLocator('iframe').getByTestId('result').first(),
    },
    element: {
      url: page('element', '<diaspora-explorer theme="investment"></diaspora-explorer>'),
      first: (p) => p.locator('diaspora-explorer [data-testid="result"]').first(),
    },
  };
  const results = {
    embedJsBytes: script.length,
    embedJsGzipBytes: gzipSync(script, { level: 9 }).length,
    firstResultsMs: {},
  };
  try {
    for (const [kind, { url, first }] of Object.entries(kinds)) {
      const times = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        const started = Date.now();
        await tab.goto(url);
        await first(tab).waitFor({ timeout: 60_000 });
        times.push(Date.now() - started);
        await context.close();
      }
      times.sort((a, b) => a - b);
      results.firstResultsMs[kind] = { median: times[Math.floor(RUNS / 2)], min: times[0], max: times[RUNS - 1] };
    }
  } finally {
    await new Promise((done) => partner.server.close(done));
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
