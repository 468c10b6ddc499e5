// The first page lists every programme of the bundled dataset.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openPage, start } from './support.mjs';

// The dataset the release build was made from (make dist DATA=… sets DIASPORA_DATA).
const dataPath =
  process.env.DIASPORA_DATA || fileURLToPath(new URL('../../data/programmes.json', import.meta.url));
const dataset = JSON.parse(readFileSync(dataPath, 'utf8'));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

test('every programme of the dataset is rendered, and the count says so', async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await page.getByTestId('result').first().waitFor();
  const ids = await page.getByTestId('result').evaluateAll((cards) => cards.map((card) => card.dataset.id));
  assert.deepEqual(ids.sort(), dataset.map((record) => record.id).sort());
  const count = page.getByTestId('result-count');
  assert.equal(Number(await count.getAttribute('data-count')), dataset.length);
  assert.match(await count.innerText(), new RegExp(`^${dataset.length} programmes?$`));
  assert.deepEqual(errors, []);
});

test('a card shows title, acronym, countries by name, implementers, years and themes', async () => {
  const { page } = await openPage(env.browser, env.url);
  const record = dataset.find((r) => r.acronym && r.start_year && r.implementers.length && r.themes.length
    && r.origin_countries.some((c) => c !== '*'));
  const card = page.locator(`[data-testid="result"][data-id="${record.id}"]`);
  await card.waitFor();
  const title = await card.getByTestId('result-title').innerText();
  assert.ok(title.startsWith(record.title), title);
  assert.ok(title.includes(record.acronym) || record.title.includes(record.acronym), title);
  const text = await card.innerText();
  // Country names, not codes: the first origin country's English name from the bundled table.
  const countries = JSON.parse(readFileSync(new URL('../../data/countries.json', import.meta.url), 'utf8'));
  const firstOrigin = record.origin_countries.find((c) => c !== '*');
  const name = countries.countries.find((c) => c.code === firstOrigin).en;
  assert.ok(text.includes(name), `${name} missing from:\n${text}`);
  assert.ok(text.includes(record.implementers[0].name), text);
  assert.ok(text.includes(String(record.start_year)), text);
  assert.equal(await card.locator('.tag').count(), record.themes.length);
});

test('the page is semantic: one h1, a labelled list of articles, a skip link to main', async () => {
  const { page } = await openPage(env.browser, env.url);
  await page.getByTestId('result').first().waitFor();
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('main ol > li > article').count(), dataset.length);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.equal(focused, '#programmes');
});

test('nothing overflows a 320 px wide phone screen', async () => {
  const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(env.url);
  await page.getByTestId('result').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
});
