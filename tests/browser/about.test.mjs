// "About the data": opened from the footer, its figures are the dataset's (each count a link to
// the same programmes in the explorer), its changes are the changelog's, it has a static page
// of its own that reads without JavaScript, and it speaks French.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CONCURRENCY, dataset, distDir, facetValues, label, newPage, root, shownCount, start, waitForCount,
} from './support.mjs';

const APP_NAME = 'Diaspora Programme Explorer';
const count = (facet, value) => dataset.filter((r) => facetValues(r, facet).includes(value)).length;
/** The changelog's newest entry: `## YYYY-MM-DD: title`. */
const [, newestDate, newestTitle] = readFileSync(`${root}data/CHANGELOG.md`, 'utf8').match(/^## (\d{4}-\d\d-\d\d): (.+)$/m);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };
/** A table row's cells by its row heading. */
async function row(page, section, name) {
  const cells = page.getByRole('region', { name: section }).getByRole('row', { name: new RegExp(`^${name}\\b`) }).first().getByRole('cell');
  return cells.allInnerTexts();
}

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('about the data', { concurrency: CONCURRENCY }, () => {
  test('the footer opens it: its own address, title and focus, and the way back', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    await page.getByRole('contentinfo').getByRole('link', { name: 'About the data' }).click();
    await page.waitForURL(`${env.url}about/`);
    assert.equal((await page.locator('h1').innerText()).trim(), 'About the data');
    await page.waitForFunction(() => document.activeElement?.id === 'about-title');
    assert.equal(await page.title(), `About the data — ${APP_NAME}`);
    assert.match(await page.locator('.about-intro').innerText(), new RegExp(`holds ${dataset.length} programmes`));
    await page.getByRole('link', { name: 'Back to the results' }).click();
    await page.waitForURL(env.url);
    await waitForCount(page, dataset.length);
    assert.deepEqual(errors, []);
    await close();
  });

  test('its counts are the dataset\'s, and each leads to the same programmes', async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}about/`);
    const africa = count('region', '002');
    assert.ok(africa > 5);
    const [programmes] = await row(page, 'Programmes by region', 'Africa');
    assert.equal(programmes, String(africa));
    for (const theme of ['investment', 'remittances', 'women']) {
      const [n] = await row(page, 'By theme', label('themes', theme));
      assert.equal(n, String(count('theme', theme)), theme);
    }
    const [ongoing] = await row(page, 'By status', 'Ongoing');
    assert.equal(ongoing, String(count('status', 'ongoing')));
    const [official, share] = await row(page, 'How complete the records are', 'an official website');
    const withLink = dataset.filter((r) => r.official_url).length;
    assert.equal(official, String(withLink));
    assert.equal(share.replace(/\s/g, ' '), `${Math.round((withLink * 100) / dataset.length)} %`);
    // Every source is counted once: read on a given day, or by the first release's day.
    const sources = dataset.flatMap((r) => r.sources);
    const dated = sources.filter((s) => s.accessed).length;
    const counts = await page.locator('.about-page p', { hasText: 'The records cite' }).innerText();
    assert.ok(counts.includes(`cite ${sources.length.toLocaleString('en')} sources; ${dated.toLocaleString('en')} of them`), counts);
    assert.ok(dated === sources.length || counts.includes(`The other ${(sources.length - dated).toLocaleString('en')} were read by`), counts);
    // The region's count is a link to its programmes, as the region filter finds them.
    await page.getByRole('link', { name: `Show the ${africa} programmes: Africa` }).click();
    await page.waitForURL((url) => url.searchParams.get('region') === '002');
    await waitForCount(page, africa);
    assert.equal(await shownCount(page), africa);
    assert.deepEqual(errors, []);
    await close();
  });

  test('it lists the changes to the records, newest first, and says how to send a correction', async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}about/`);
    const changes = page.getByRole('region', { name: 'Changes to the records' });
    const first = changes.getByRole('heading', { level: 3 }).first();
    assert.equal((await first.innerText()).replace(/`/g, ''), `${longDate(newestDate)}: ${newestTitle.replace(/`/g, '')}`);
    const correction = page.getByRole('region', { name: 'Suggest a correction' });
    assert.match(await correction.innerText(), /which programme, what should change, and the page that shows it/);
    // This build names no address (no CONTRIBUTE_EMAIL or CONTRIBUTE_URL): it says so.
    assert.match(await correction.innerText(), /names no address for corrections/);
    const licence = page.getByRole('region', { name: 'Licence' });
    assert.equal(await licence.getByRole('link', { name: /CC BY 4\.0/ }).getAttribute('href'), 'https://creativecommons.org/licenses/by/4.0/');
    assert.deepEqual(errors, []);
    await close();
  });

  test('in French, and without JavaScript from its static page', async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}about/?lang=fr`);
    assert.equal((await page.locator('h1').innerText()).trim(), 'À propos des données');
    assert.match(await page.locator('.about-intro').innerText(), new RegExp(`réunit ${dataset.length} programmes`));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.deepEqual(errors, []);
    await close();

    const html = readFileSync(`${distDir}/about/index.html`, 'utf8');
    assert.match(html, /<title>About the data — Diaspora Programme Explorer<\/title>/);
    assert.match(html, /<link rel="canonical" href="about\/" \/>/);
    const context = await env.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const still = await context.newPage();
    await still.goto(`${env.url}about/`);
    assert.equal((await still.locator('h1:visible').innerText()).trim(), 'About the data');
    const [programmes] = await row(still, 'Programmes by region', 'Africa');
    assert.equal(programmes, String(count('region', '002')));
    await context.close();
  });
});
