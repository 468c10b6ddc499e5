// A first visit before the app runs (issue 12): every page of the build is static HTML of the
// app's own views (src/bin/prerender.rs), shown at once in the reader's language; the app then
// takes over without a jump and without losing what was typed; without JavaScript the pages can
// be read and followed; each page says what it is to link previews. The wasm is held back in
// these tests, as a slow network would, to look at the page before it runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONCURRENCY, PAGE_SIZE, appReady, browseOrder, dataset, distDir, start } from './support.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

const byId = new Map(dataset.map((record) => [record.id, record]));

/**
 * A page whose wasm is held until `release()`, in a context of its own (no service worker, so
 * that every visit is a first one). `errors` collects console errors and exceptions.
 */
async function heldPage(path, { locale = 'en-GB', viewport = { width: 1280, height: 900 }, javaScriptEnabled = true } = {}) {
  const context = await env.browser.newContext({ locale, viewport, javaScriptEnabled, serviceWorkers: 'block', reducedMotion: 'reduce' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  let release;
  const held = new Promise((done) => {
    release = done;
  });
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  // Layout shifts from the first paint on, for the takeover's.
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${env.url}${path}`);
  return { page, errors, release, close: () => context.close() };
}

/** The static copy on screen (`#prerendered > .app` in view), with its language. */
const shownCopy = (page) =>
  page.locator('#prerendered > .app').evaluateAll((copies) =>
    copies.filter((copy) => getComputedStyle(copy).display !== 'none').map((copy) => copy.lang));

describe('before the app runs', { concurrency: CONCURRENCY }, () => {
  for (const [locale, lang, heading] of [
    ['en-GB', 'en', 'Diaspora Programme Explorer'],
    ['fr-FR', 'fr', 'Explorateur des programmes de la diaspora'],
  ]) {
    test(`the start page shows its header, search box, count and first programmes (${lang})`, async () => {
      const { page, errors, release, close } = await heldPage('', { locale });
      try {
        assert.deepEqual(await shownCopy(page), [lang]);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        const copy = page.locator(`#prerendered > .app[lang="${lang}"]`);
        assert.equal((await copy.locator('h1').innerText()).trim(), heading);
        assert.ok(await copy.locator('.search-input').isVisible());
        assert.equal(await copy.getByTestId('result-count').getAttribute('data-count'), String(dataset.length));
        const ids = await copy.getByTestId('result').evaluateAll((cards) => cards.map((card) => card.dataset.id));
        assert.deepEqual(ids, browseOrder(dataset).slice(0, PAGE_SIZE).map((r) => r.id));
        release();
        await appReady(page);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  test('a programme\'s own page shows the programme, its sources and related programmes', async () => {
    const record = byId.get('mida');
    const { page, errors, release, close } = await heldPage('programmes/mida/');
    try {
      const copy = page.locator('#prerendered > .app[lang="en"]');
      assert.ok((await copy.locator('h1').innerText()).startsWith(record.title));
      const text = await copy.innerText();
      assert.ok(text.includes(record.summary.slice(0, 60)), 'the summary');
      for (const source of record.sources) {
        assert.equal(await copy.locator(`a[href="${source.url}"]`).count() > 0, true, source.url);
      }
      assert.ok((await copy.getByRole('region', { name: 'Related programmes' }).getByRole('link').count()) > 0);
      release();
      await appReady(page);
      assert.ok((await page.locator('h1').innerText()).startsWith(record.title));
      assert.equal(page.url(), `${env.url}programmes/mida/`);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('an address with a search shows a loading line, not another view\'s programmes', async () => {
    const { page, release, close } = await heldPage('?q=diaspora+bonds&lang=fr');
    try {
      assert.deepEqual(await shownCopy(page), []);
      await page.getByRole('status').filter({ hasText: 'Chargement des programmes…' }).waitFor();
      release();
      await appReady(page);
      assert.equal(await page.locator('#search-input').inputValue(), 'diaspora bonds');
    } finally {
      await close();
    }
  });
});

describe('the app takes over', { concurrency: CONCURRENCY }, () => {
  for (const [path, viewport] of [
    ['', { width: 1280, height: 900 }],
    ['', { width: 390, height: 844 }],
    ['programmes/mida/', { width: 1280, height: 900 }],
    ['programmes/mida/', { width: 390, height: 844 }],
  ]) {
    test(`without a jump: ${path || 'the start page'}, ${viewport.width} px wide`, async () => {
      const { page, release, close } = await heldPage(path, { viewport });
      try {
        await page.waitForTimeout(300);
        const before = await page.locator('#prerendered > .app[lang="en"]').evaluate((app) => app.getBoundingClientRect().height);
        release();
        await appReady(page);
        await page.waitForTimeout(300);
        const after = await page.locator('.app').evaluate((app) => app.getBoundingClientRect().height);
        const shift = await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
        console.log(`# takeover of ${path || "the start page"} at ${viewport.width} px: layout shift ${shift.toFixed(4)}`);
        assert.ok(shift <= 0.05, `cumulative layout shift ${shift}`);
        assert.ok(Math.abs(after - before) < 2, `the page was ${before} px tall, and is ${after} px`);
      } finally {
        await close();
      }
    });
  }

  test('what the reader typed before it started stays, with the focus and the caret', async () => {
    const { page, errors, release, close } = await heldPage('');
    try {
      const box = page.locator('#prerendered > .app[lang="en"] #search-input');
      await box.click();
      await page.keyboard.type('remittances', { delay: 20 });
      release();
      await appReady(page);
      assert.equal(await page.locator('#search-input').inputValue(), 'remittances');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
      assert.equal(await page.evaluate(() => document.activeElement.selectionStart), 'remittances'.length);
      await page.waitForURL(/[?&]q=remittances/);
      await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').dataset.count !== String(n), dataset.length);
      // And typing goes on in the app's box.
      await page.keyboard.type(' senegal', { delay: 20 });
      await page.waitForURL(/q=remittances\+senegal/);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});

describe('without JavaScript', () => {
  test('the pages can be read and followed: the start page, every programme, related programmes', async () => {
    const { page, close } = await heldPage('', { javaScriptEnabled: false });
    try {
      const copy = page.locator('#prerendered > .app[lang="en"]');
      assert.ok(await copy.isVisible());
      assert.equal(await page.locator('#prerendered > .app[lang="fr"]').isVisible(), false);
      // Every programme is a link away, not only the first page of them.
      const every = page.locator('.no-script a');
      assert.equal(await every.count(), dataset.length);
      const first = copy.getByTestId('result').first();
      const id = await first.getAttribute('data-id');
      await first.getByTestId('result-title').getByRole('link').click();
      await page.waitForURL(`${env.url}programmes/${id}/`);
      const programme = page.locator('#prerendered > .app[lang="en"]');
      assert.ok((await programme.locator('h1').innerText()).startsWith(byId.get(id).title));
      const related = programme.getByRole('region', { name: 'Related programmes' }).getByRole('link').first();
      const href = await related.getAttribute('href');
      await related.click();
      await page.waitForURL(new URL(href, env.url).href);
      assert.ok((await page.locator('#prerendered > .app[lang="en"] h1').innerText()).length > 0);
      // And back to the start.
      await page.locator('#prerendered > .app[lang="en"] .back-link').click();
      await page.waitForURL(env.url);
    } finally {
      await close();
    }
  });
});

test('each programme\'s page says what it is to link previews and search engines', () => {
  for (const record of dataset) {
    const html = readFileSync(`${distDir}/programmes/${record.id}/index.html`, 'utf8');
    const meta = (attribute, name) => html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];
    const decode = (text) => text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    assert.equal(decode(html.match(/<title>([^<]*)<\/title>/)[1]), `${record.title} — Diaspora Programme Explorer`);
    assert.equal(meta('property', 'og:type'), 'article');
    assert.ok(decode(meta('property', 'og:title')).startsWith(record.title));
    const description = decode(meta('name', 'description'));
    assert.ok(description.length > 20 && [...description].length <= 200, description);
    assert.ok(record.summary.replace(/\s+/g, ' ').startsWith(description.replace(/…$/, '')), `${record.id}: ${description}`);
    assert.equal(decode(meta('property', 'og:description')), description);
    assert.match(html, new RegExp(`<link rel="canonical" href="programmes/${record.id}/" />`));
    assert.match(html, /<base href="\/" \/>/);
  }
});
