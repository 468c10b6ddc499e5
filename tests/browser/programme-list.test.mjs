// The list of programmes: pages of at most PAGE_SIZE cards that together hold every programme
// of the bundled dataset, the cards' content, the page's structure, and small screens.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browseOrder, CONCURRENCY, countryName, dataset, label, newPage, PAGE_SIZE, params, shownCount,
  shownIds, start, organisationLabel,
} from './support.mjs';

const N = dataset.length;
const pageCount = Math.max(1, Math.ceil(N / PAGE_SIZE));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('the programme list', { concurrency: CONCURRENCY }, () => {
  /** Clicks "Next" until the card of `id` is on screen; resolves to its locator. */
  async function findCard(page, id) {
    const card = page.locator(`[data-testid="result"][data-id="${id}"]`);
    const nav = page.getByRole('navigation', { name: 'Result pages' });
    for (let i = 0; i < pageCount && (await card.count()) === 0; i += 1) {
      const before = (await shownIds(page))[0];
      await nav.getByRole('link', { name: 'Next' }).click();
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid="result"]')?.dataset.id !== before,
        before,
      );
    }
    await card.waitFor();
    return card;
  }

  test('the first page shows the first cards and the count gives the whole dataset', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    assert.equal(await page.getByTestId('result').count(), Math.min(PAGE_SIZE, N));
    const count = page.getByTestId('result-count');
    assert.equal(Number(await count.getAttribute('data-count')), N);
    assert.equal(await count.innerText(), `${N.toLocaleString('en')} programme${N === 1 ? '' : 's'}`);
    if (pageCount > 1) {
      assert.equal(await page.locator('.showing').innerText(), `Showing 1–${PAGE_SIZE} of ${N}`);
    }
    const ids = await shownIds(page);
    assert.equal(new Set(ids).size, ids.length, `a card is repeated: ${ids}`);
    const known = new Set(dataset.map((record) => record.id));
    assert.ok(ids.every((id) => known.has(id)), `unknown ids among ${ids}`);
    assert.deepEqual(errors, []);
    await close();
  });

  test('walking every page with the page links visits every programme exactly once', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    const nav = page.getByRole('navigation', { name: 'Result pages' });
    const seen = [...(await shownIds(page))];
    assert.equal(await nav.locator('[aria-current="page"]').innerText(), '1');
    for (let number = 2; number <= pageCount; number += 1) {
      const previous = await shownIds(page);
      // The next page's number is always linked, as the current page's neighbour.
      await nav.getByRole('link', { name: `Page ${number} of ${pageCount}`, exact: true }).click();
      await page.waitForFunction(
        (previous) => {
          const cards = [...document.querySelectorAll('[data-testid="result"]')];
          return cards.length > 0 && cards.every((card) => !previous.includes(card.dataset.id));
        },
        previous,
      );
      assert.equal(params(page).get('p'), String(number));
      assert.equal(await nav.locator('[aria-current="page"]').innerText(), String(number));
      const ids = await shownIds(page);
      const expected = number < pageCount ? PAGE_SIZE : N - PAGE_SIZE * (pageCount - 1);
      assert.equal(ids.length, expected, `page ${number} has ${ids.length} cards`);
      const first = PAGE_SIZE * (number - 1) + 1;
      assert.equal(await page.locator('.showing').innerText(), `Showing ${first}–${first + ids.length - 1} of ${N}`);
      // Moving to another page puts focus on the results' heading, not on the page's top.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'results-heading');
      seen.push(...ids);
    }
    assert.equal(seen.length, N, 'as many cards over all pages as programmes');
    assert.deepEqual([...seen].sort(), dataset.map((record) => record.id).sort());
    // With no search, the order is the browse order: ongoing first, the newest first, by title.
    assert.deepEqual(seen, browseOrder(dataset).map((record) => record.id));
    // The last page has no "Next", the first no "Previous".
    if (pageCount > 1) {
      assert.equal(await nav.getByRole('link', { name: 'Next' }).count(), 0);
      assert.equal(await nav.getByRole('link', { name: 'Previous' }).count(), 1);
    }
    assert.deepEqual(errors, []);
    await close();
  });

  test('a ?p=2 link opens the second page, and a page past the end the last one', { skip: pageCount < 2 }, async () => {
    // What the second page holds, reached from the first.
    const first = await newPage(env.browser, env.url);
    await first.page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Next' }).click();
    await first.page.waitForURL(/[?&]p=2\b/);
    await first.page.waitForFunction(() => document.querySelector('.showing')?.textContent.startsWith(`Showing 25`));
    const secondPage = await shownIds(first.page);
    await first.close();

    const { page, errors, close } = await newPage(env.browser, `${env.url}?p=2`);
    assert.deepEqual(await shownIds(page), secondPage);
    const nav = page.getByRole('navigation', { name: 'Result pages' });
    assert.equal(await nav.locator('[aria-current="page"]').innerText(), '2');
    assert.equal(await shownCount(page), N);
    assert.deepEqual(errors, []);
    await close();

    const last = await newPage(env.browser, `${env.url}?p=999`);
    assert.equal(await last.page.getByTestId('result').count(), N - PAGE_SIZE * (pageCount - 1));
    assert.equal(
      await last.page.getByRole('navigation', { name: 'Result pages' }).locator('[aria-current="page"]').innerText(),
      String(pageCount),
    );
    await last.close();
  });

  test('a card shows title, acronym, countries by name, implementers, years, status and themes', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    const record = dataset.find((r) => r.acronym && !r.title.includes(r.acronym) && r.start_year
      && r.implementers.length && r.themes.length
      && r.origin_countries.some((c) => c !== '*') && r.residence_countries.some((c) => c !== '*'));
    assert.ok(record, 'the dataset has a record with every field');
    const card = await findCard(page, record.id);
    const title = await card.getByTestId('result-title').innerText();
    assert.equal(title, `${record.title} (${record.acronym})`);
    // The title links to the programme's own page.
    const href = await card.getByTestId('result-title').getByRole('link').getAttribute('href');
    assert.equal(new URL(href, env.url).searchParams.get('id'), record.id);
    const text = await card.innerText();
    // Country names, not codes, in English.
    for (const code of [...record.origin_countries, ...record.residence_countries].filter((c) => c !== '*')) {
      assert.ok(text.includes(countryName(code)), `${countryName(code)} missing from:\n${text}`);
    }
    for (const id of record.implementers) assert.ok(text.includes(organisationLabel(id)), text);
    const years = record.end_year == null ? `since ${record.start_year}`
      : record.end_year === record.start_year ? `${record.start_year}` : `${record.start_year}–${record.end_year}`;
    assert.ok(text.includes(`${years} · ${label('statuses', record.status)}`), `${years} missing from:\n${text}`);
    const tags = await card.locator('.tag').allInnerTexts();
    assert.deepEqual(tags, record.themes.map((code) => label('themes', code)));
    await close();
  });

  test('the page is semantic: one h1, a main, a list of articles, a skip link to the first result first', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('main#main').count(), 1);
    assert.equal(await page.locator('main ol > li > article').count(), Math.min(PAGE_SIZE, N));
    // Every card is named by its title.
    const unnamed = await page.locator('main article').evaluateAll((articles) => articles
      .filter((a) => !document.getElementById(a.getAttribute('aria-labelledby'))?.textContent.trim())
      .map((a) => a.dataset.id));
    assert.deepEqual(unnamed, []);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      href: document.activeElement.getAttribute('href'),
      text: document.activeElement.textContent,
      visible: document.activeElement.getBoundingClientRect().top >= 0,
    }));
    // (Its target without script is the results; with it, the first result itself.)
    assert.equal(focused.href, '#results');
    assert.ok(focused.visible, 'the skip link comes into view when focused');
    await page.keyboard.press('Enter');
    const first = await page.getByTestId('result').first().getAttribute('data-id');
    await page.waitForFunction((id) => document.activeElement?.id === `programme-link-${id}`, first);
    await close();
  });

  test('nothing overflows a 320 px wide phone screen, on the list and on a programme page', async () => {
    const viewport = { width: 320, height: 640 };
    const { page, close } = await newPage(env.browser, env.url, { viewport });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 0, `the list is ${await overflow()}px wider than the screen`);
    // The record with the longest unbroken text (a source address) is the hardest to fit.
    const longest = [...dataset].sort((a, b) =>
      Math.max(...b.sources.map((s) => s.url.length)) - Math.max(...a.sources.map((s) => s.url.length)))[0];
    await page.goto(`${env.url}?id=${longest.id}`);
    await page.locator('#programme-title').waitFor();
    assert.ok((await overflow()) <= 0, `the page of ${longest.id} is ${await overflow()}px wider than the screen`);
    await close();
  });
});
