// Keystroke → results painted in the explorer app itself (not just the engine): the release
// build of the app with a given dataset embedded, typing query after query one character at
// a time. Each keystroke is an `input` event on the search box; it is done when the browser
// has painted the updated results (the first timer after the next animation frame runs after
// that frame's paint). Also: time from navigation to the app's first results painted (the
// page's static view shows results before that: see first-visit.mjs).

/** Queries typed in full, one character at a time: English, French, a typo, an acronym. */
export const TYPED = [
  'remittances senegal',
  'diaspora investment bonds',
  'migration pour le développement',
  'entreprenuers',
  'OIM maroc',
  'skills transfer health',
];

/**
 * Runs in the page (passed to `page.evaluate`, so it holds everything it uses): types each
 * query one character at a time into the search box, as `input` events, and times each
 * keystroke until the browser has painted its results (the first timer after the next
 * animation frame runs after that frame's paint). Returns the latencies in ms, the most
 * elements on the page, and the last count.
 */
export async function typeInPage(typed) {
  const input = document.getElementById('search-input');
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const latencies = [];
  const nodeCounts = [];
  for (const query of typed) {
    input.focus();
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await painted();
    for (let i = 1; i <= query.length; i++) {
      const start = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query[i - 1] }));
      await painted();
      latencies.push(performance.now() - start);
      nodeCounts.push(document.getElementsByTagName('*').length);
    }
  }
  const count = document.querySelector('[data-testid="result-count"]').dataset.count;
  return { latencies, maxNodes: Math.max(...nodeCounts), lastCount: Number(count) };
}

/** Opens the app at `url` and measures; returns per-keystroke latencies in ms. */
export async function measureKeystrokes(browser, url) {
  const page = await browser.newPage();
  const started = Date.now();
  await page.goto(url);
  // The app's own results, once it has replaced the page's static view.
  await page.locator('[data-testid="result"]:not(#prerendered *)').first().waitFor({ timeout: 120_000 });
  const firstResultsMs = Date.now() - started;
  const result = await page.evaluate(typeInPage, TYPED);
  await page.close();
  return { firstResultsMs, ...result };
}
