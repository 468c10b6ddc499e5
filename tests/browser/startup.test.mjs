// Starting up: the programmes come in their own content-named file, preloaded by the page
// beside the wasm (which no longer carries them); while it loads the page says so, and when it
// cannot be had the page says that instead of staying blank. Their sources come in a file of
// their own too, fetched once the programmes are in: a programme's page waits for them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dataset, distDir, start } from './support.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

const built = readdirSync(distDir);
const catalogueName = built.find((name) => /^catalogue-[0-9a-f]{16}\.json$/.test(name));
const sourcesName = built.find((name) => /^sources-[0-9a-f]{16}\.json$/.test(name));

/** Holds `page`'s requests for the built file `name` until the function it returns is called. */
async function hold(page, name) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(`**/${name}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the programmes are a file of their own, preloaded by the page and absent from the wasm', async () => {
  assert.ok(catalogueName, 'no catalogue-<hash>.json in the build');
  const html = readFileSync(`${distDir}/index.html`, 'utf8');
  // At low priority, as the wasm's: they must not hold up the stylesheet and the first paint.
  assert.match(html, new RegExp(`<link rel="preload" href="/${catalogueName}" as="fetch" crossorigin="anonymous" fetchpriority="low" />`));
  assert.match(html, /<link rel="preload" href="[^"]*_bg\.wasm"[^>]* fetchpriority="low"/);
  const catalogue = JSON.parse(readFileSync(`${distDir}/${catalogueName}`, 'utf8'));
  assert.deepEqual(
    catalogue.programmes.map((p) => p.id),
    dataset.map((p) => p.id),
  );
  const wasm = readFileSync(`${distDir}/${built.find((name) => name.endsWith('_bg.wasm'))}`).toString('latin1');
  for (const programme of dataset.slice(0, 5)) {
    assert.ok(!wasm.includes(programme.summary.slice(0, 60)), `${programme.id}'s summary is in the wasm`);
  }
  const page = await env.browser.newPage();
  try {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(env.url);
    await page.getByTestId('result').first().waitFor();
    // Once: the app's fetch is served by the preload.
    assert.equal(requested.filter((path) => path === `/${catalogueName}`).length, 1, requested.join('\n'));
  } finally {
    await page.close();
  }
});

test('embed.js preloads the same catalogue for <diaspora-explorer> elements', () => {
  const embed = readFileSync(`${distDir}/embed.js`, 'utf8');
  assert.deepEqual(embed.match(/catalogue-[0-9a-f]{16}\.json/g), [catalogueName]);
  assert.match(embed, /link\.rel = 'preload';/);
});

test('while the programmes load, the page shows its static view in the language asked for, or says it is loading', async () => {
  // No service worker: once it controls the page, it would serve the held programmes itself.
  const context = await env.browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const release = await hold(page, catalogueName);
    // The start page's own static view, in French: its first programmes are there already.
    await page.goto(`${env.url}?lang=fr`);
    await page.locator('#prerendered .app[lang="fr"] [data-testid="result"]').first().waitFor();
    assert.equal(await page.locator('#prerendered .app[lang="en"]').isVisible(), false);
    // A search has no static view: the page says it is loading, in French.
    await page.goto(`${env.url}?lang=fr&q=diaspora`);
    await page.getByRole('status').filter({ hasText: 'Chargement des programmes…' }).waitFor();
    assert.equal(await page.locator('#prerendered .app').first().isVisible(), false);
    release();
    await page.locator('[data-testid="result"]:not(#prerendered *)').first().waitFor();
  } finally {
    await context.close();
  }
});

test('when the programmes cannot be had, the page says so and logs why', async () => {
  const context = await env.browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.route(`**/${catalogueName}`, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(env.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(
      (await alert.textContent()).trim(),
      'The programmes could not be loaded. Check the connection, then reload the page.',
    );
    assert.ok(
      errors.some((text) => text.includes(catalogueName) && text.includes('503')),
      `no console error names the file and the status:\n${errors.join('\n')}`,
    );
  } finally {
    await context.close();
  }
});

test('the sources are a file of their own, every record\'s, and none is in the catalogue', () => {
  assert.ok(sourcesName, 'no sources-<hash>.json in the build');
  const catalogue = JSON.parse(readFileSync(`${distDir}/${catalogueName}`, 'utf8'));
  assert.ok(catalogue.programmes.every((p) => !('sources' in p)));
  const sources = JSON.parse(readFileSync(`${distDir}/${sourcesName}`, 'utf8'));
  assert.deepEqual(sources, Object.fromEntries(dataset.map((p) => [p.id, p.sources])));
  // The About page's counts come with the catalogue.
  assert.equal(catalogue.source_summary.sources, dataset.flatMap((p) => p.sources).length);
});

test('a programme opened before its sources are in says they are loading, then lists them; without them, says so', async () => {
  const context = await env.browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const release = await hold(page, sourcesName);
    // Opened from the app's list: the app shows the page itself.
    await page.goto(env.url);
    await page.locator('[data-testid="result"]:not(#prerendered *)').first().waitFor();
    await page.getByTestId('result-title').first().getByRole('link').click();
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.getByRole('status').filter({ hasText: 'Loading the sources…' }).waitFor();
    release();
    await sources.locator('a[href]').first().waitFor();
    assert.equal(await sources.getByRole('status').count(), 0);
  } finally {
    await context.close();
  }
  const failing = await env.browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  try {
    const page = await failing.newPage();
    await page.route(`**/${sourcesName}`, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(env.url);
    await page.locator('[data-testid="result"]:not(#prerendered *)').first().waitFor();
    await page.getByTestId('result-title').first().getByRole('link').click();
    await page.getByRole('region', { name: 'Sources' }).getByRole('status')
      .filter({ hasText: 'The sources could not be loaded. Try again once you are online.' }).waitFor();
  } finally {
    await failing.close();
  }
});

test('a programme\'s own page keeps its static sources until the app has its own', async () => {
  const context = await env.browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const release = await hold(page, sourcesName);
    const record = dataset.find((p) => p.sources.length > 1) ?? dataset[0];
    await page.goto(`${env.url}programmes/${record.id}/`);
    const staticSources = page.locator('#prerendered .programme-sources a[href]');
    await staticSources.first().waitFor();
    // The app waits for the sources before it takes over: the static page stays meanwhile.
    await page.waitForTimeout(1000);
    assert.equal(await page.locator('#prerendered').count(), 1);
    release();
    await page.waitForFunction(() => !document.getElementById('prerendered'));
    const sources = page.getByRole('region', { name: 'Sources' });
    assert.deepEqual(
      await sources.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      record.sources.map((s) => s.url),
    );
  } finally {
    await context.close();
  }
});
