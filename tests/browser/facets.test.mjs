// Filters: facet checkboxes with counts that match the dataset, chips, Back and Forward, the
// start-year range, the find box of long facets, theme tags on cards, sorting, and URLs that
// cannot all be read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allResultIds, appReady, CONCURRENCY, countryName, dataset, facetCheckbox, facetCounts, facetGroup,
  facetShown, facetValues, filtered, fold, label, newPage, PAGE_SIZE, params, shownIds, start, titleOrder,
  waitForCount,
} from './support.mjs';

const N = dataset.length;
const byId = new Map(dataset.map((record) => [record.id, record]));
const sortedIds = (records) => records.map((r) => r.id).sort();

/** How each facet names its values on screen (English). */
const facetLabel = {
  theme: (code) => label('themes', code),
  origin: (code) => countryName(code),
  residence: (code) => countryName(code),
  support: (code) => label('support_types', code),
  status: (code) => label('statuses', code),
};

/** The counts a facet should show under `filters`, by label, every value with a count. */
function expectedCounts(facet, filters) {
  return new Map([...facetCounts(facet, filters)].map(([code, n]) => [facetLabel[facet](code), n]));
}

/** Shows every value of a facet ("Show all"), when it has the button. */
async function expand(page, name) {
  const more = facetGroup(page, name).getByRole('button', { name: /^Show all/ });
  if (await more.count()) await more.click();
}

/** Asserts that a facet shows exactly the dataset's counts under `filters`. */
async function assertCounts(page, name, facet, filters) {
  await expand(page, name);
  const expected = expectedCounts(facet, filters);
  const shown = await facetShown(page, name);
  // Selected values stay listed, even at 0; the others are those with a count.
  for (const [value, count] of shown) {
    if (count === 0) continue;
    assert.equal(count, expected.get(value), `${name}: ${value} shows ${count}, the dataset says ${expected.get(value)}`);
  }
  const missing = [...expected.keys()].filter((value) => !shown.has(value));
  assert.deepEqual(missing, [], `${name}: values with programmes are missing`);
  // Most frequent first; a long country list is grouped by continent (headings A–Z), most
  // frequent first within each continent.
  const groups = await facetGroup(page, name).locator('.facet-values > li').evaluateAll((items) => {
    const groups = [{ region: null, counts: [] }];
    for (const item of items) {
      if (item.classList.contains('facet-region')) groups.push({ region: item.textContent, counts: [] });
      else groups.at(-1).counts.push(Number(item.querySelector('.facet-count').textContent));
    }
    return groups.filter((group) => group.region !== null || group.counts.length);
  });
  for (const { region, counts } of groups) {
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `${name} (${region ?? 'all'}) is not ordered by count`);
  }
  const regions = groups.map((group) => group.region).filter(Boolean);
  assert.deepEqual(regions, [...regions].sort((a, b) => a.localeCompare(b)), `${name}: continents are not in name order`);
  if (['Country of origin', 'Country of residence'].includes(name) && shown.size > 8) {
    assert.ok(regions.length > 1, `${name}: a long country list is grouped by continent`);
  }
}

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('facets and filters', { concurrency: CONCURRENCY }, () => {
  test('ticking a theme narrows the results to it, writes the URL, shows a chip and updates counts', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    const filters = { theme: ['entrepreneurship'] };
    const expected = filtered(filters);
    assert.ok(expected.length > 0 && expected.length < N);
    const box = facetCheckbox(page, 'Theme', 'Entrepreneurship');
    assert.equal(await box.isChecked(), false);
    await box.check();
    await waitForCount(page, expected.length);
    assert.deepEqual(params(page).getAll('theme'), ['entrepreneurship']);
    assert.equal(await box.isChecked(), true);
    // The page links follow the new count, and none keeps a name or mark from the longer list
    // they were rebuilt from (type-erased views once left "Page 10 of 10" on "Next").
    const pageCount = Math.ceil(expected.length / PAGE_SIZE);
    const links = await page.getByRole('navigation', { name: 'Result pages' }).locator('a')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('aria-label'), a.getAttribute('aria-current')]));
    const expectedLinks = [...Array(pageCount).keys()].map((i) => [String(i + 1), `Page ${i + 1} of ${pageCount}`, i === 0 ? 'page' : null]);
    assert.deepEqual(links, [...expectedLinks, ['Next', null, null]]);
    const ids = await allResultIds(page);
    assert.deepEqual([...ids].sort(), sortedIds(expected));
    const wrong = ids.filter((id) => !byId.get(id).themes.includes('entrepreneurship'));
    assert.deepEqual(wrong, [], 'every card has the theme');
    await page.getByRole('button', { name: 'Remove filter Entrepreneurship (Theme)' }).waitFor();
    // Counts: other facets under the filter; the theme facet itself ignores its own filter.
    await assertCounts(page, 'Country of origin', 'origin', filters);
    await assertCounts(page, 'Type of support', 'support', filters);
    await assertCounts(page, 'Theme', 'theme', filters);
    assert.equal((await facetShown(page, 'Theme')).get('Investment'), filtered({}).filter((r) => r.themes.includes('investment')).length);
    assert.deepEqual(errors, []);
    await close();
  });

  test('values of one facet combine with OR, facets with AND, and counts are disjunctive', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    // The most common origin country among the programmes on either theme.
    const themes = ['entrepreneurship', 'investment'];
    const origin = [...facetCounts('origin', { theme: themes })].sort((a, b) => b[1] - a[1])[0][0];
    const steps = [
      ['Theme', label('themes', themes[0]), { theme: [themes[0]] }],
      ['Theme', label('themes', themes[1]), { theme: themes }],
      ['Country of origin', countryName(origin), { theme: themes, origin: [origin] }],
    ];
    for (const [name, value, filters] of steps) {
      await facetCheckbox(page, name, value).check();
      const expected = filtered(filters);
      await waitForCount(page, expected.length);
      await assertCounts(page, 'Theme', 'theme', filters);
      await assertCounts(page, 'Country of origin', 'origin', filters);
      await assertCounts(page, 'Status', 'status', filters);
      await assertCounts(page, 'Country of residence', 'residence', filters);
      assert.deepEqual([...(await allResultIds(page))].sort(), sortedIds(expected), JSON.stringify(filters));
    }
    assert.deepEqual(params(page).getAll('theme').sort(), [...themes].sort());
    assert.deepEqual(params(page).getAll('origin'), [origin]);
    await close();
  });

  test('Back undoes a filter (URL, results, checkbox) and Forward applies it again', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    const first = await shownIds(page);
    const box = facetCheckbox(page, 'Theme', 'Entrepreneurship');
    await box.check();
    const filteredCount = filtered({ theme: ['entrepreneurship'] }).length;
    await waitForCount(page, filteredCount);
    await page.goBack();
    await waitForCount(page, N);
    assert.equal(params(page).get('theme'), null);
    assert.deepEqual(await shownIds(page), first);
    assert.equal(await box.isChecked(), false);
    assert.equal(await page.locator('.chip').count(), 0);
    await page.goForward();
    await waitForCount(page, filteredCount);
    assert.deepEqual(params(page).getAll('theme'), ['entrepreneurship']);
    assert.equal(await box.isChecked(), true);
    assert.equal(await page.locator('.chip').count(), 1);
    await close();
  });

  test('a chip removes its filter and "Clear all" removes every filter but keeps the words', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?theme=entrepreneurship&origin=SN&status=ongoing`);
    await waitForCount(page, filtered({ theme: ['entrepreneurship'], origin: ['SN'], status: ['ongoing'] }).length);
    assert.equal(await page.locator('.chip').count(), 3);
    await page.getByRole('button', { name: 'Remove filter Senegal (Country of origin)' }).click();
    const remaining = filtered({ theme: ['entrepreneurship'], status: ['ongoing'] });
    await waitForCount(page, remaining.length);
    assert.equal(params(page).get('origin'), null);
    assert.deepEqual(params(page).getAll('theme'), ['entrepreneurship']);
    assert.equal(await facetCheckbox(page, 'Country of origin', 'Senegal').count() === 0
      || !(await facetCheckbox(page, 'Country of origin', 'Senegal').isChecked()), true);
    assert.deepEqual([...(await allResultIds(page))].sort(), sortedIds(remaining));
    // Focus is not lost with the removed button.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'results-heading');

    // "Clear all" keeps the search words.
    await page.goto(`${env.url}?q=diaspora&theme=entrepreneurship&origin=SN`);
    await appReady(page);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.waitForFunction(() => !location.search.includes('theme'));
    assert.deepEqual([...params(page).keys()], ['q']);
    assert.equal(await page.locator('.chip').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Clear all' }).count(), 0);
    assert.equal(await page.getByRole('searchbox', { name: 'Search programmes' }).inputValue(), 'diaspora');
    assert.equal(await facetCheckbox(page, 'Theme', 'Entrepreneurship').isChecked(), false);
    await close();
  });

  test('the start-year range keeps programmes that started within it', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    const years = dataset.map((r) => r.start_year).filter((y) => y != null).sort((a, b) => a - b);
    const from = years[Math.floor(years.length / 3)];
    const to = years[Math.floor((2 * years.length) / 3)];
    const range = facetGroup(page, 'Start year');
    await range.getByLabel('From').fill(String(from));
    await range.getByLabel('From').press('Enter');
    await waitForCount(page, filtered({ from }).length);
    assert.equal(params(page).get('from'), String(from));
    await range.getByLabel('To').fill(String(to));
    await range.getByLabel('To').press('Tab');
    const expected = filtered({ from, to });
    assert.ok(expected.length > 0 && expected.length < N);
    await waitForCount(page, expected.length);
    assert.equal(params(page).get('to'), String(to));
    const ids = await allResultIds(page);
    assert.deepEqual([...ids].sort(), sortedIds(expected));
    const outside = ids.filter((id) => !(byId.get(id).start_year >= from && byId.get(id).start_year <= to));
    assert.deepEqual(outside, []);
    await page.getByRole('button', { name: `Remove filter ${from}–${to} (Start year)` }).click();
    await waitForCount(page, N);
    assert.equal(await range.getByLabel('From').inputValue(), '');
    await close();
  });

  test('the find box of "Country of origin" narrows its list of values', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    const group = facetGroup(page, 'Country of origin');
    const find = group.getByRole('searchbox', { name: 'Find in “Country of origin”' });
    await find.click();
    await page.keyboard.type('sen', { delay: 20 });
    // Every origin country of the dataset with a word of its name starting with "sen".
    const expected = [...facetCounts('origin', {}).keys()]
      .map((code) => countryName(code))
      .filter((name) => fold(name).split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith('sen')));
    assert.ok(expected.includes('Senegal'));
    await page.waitForFunction((n) => document.querySelectorAll('#facet-origin-values li').length === n, expected.length);
    assert.deepEqual([...(await facetShown(page, 'Country of origin')).keys()].sort(), expected.sort());
    await find.fill('zzzz');
    await group.getByText('No match.', { exact: true }).waitFor();
    await find.fill('');
    await page.waitForFunction(() => document.querySelectorAll('#facet-origin-values li').length === 8);
    // The box only narrows the list: the results are untouched.
    assert.equal(params(page).toString(), '');
    await close();
  });

  test('a theme tag on a card filters by that theme', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    const card = page.getByTestId('result').first();
    const record = byId.get(await card.getAttribute('data-id'));
    const code = record.themes.at(-1);
    const tag = card.getByRole('button', { name: label('themes', code), exact: true });
    assert.equal(await tag.getAttribute('title'), `Show only programmes on ${label('themes', code)}`);
    await tag.click();
    const expected = filtered({ theme: [code] });
    await waitForCount(page, expected.length);
    assert.deepEqual(params(page).getAll('theme'), [code]);
    assert.equal(await facetCheckbox(page, 'Theme', label('themes', code)).isChecked(), true);
    const ids = await allResultIds(page);
    assert.deepEqual([...ids].sort(), sortedIds(expected));
    await close();
  });

  test('a programme that covers a whole region without naming its countries is counted and found under it', async () => {
    // MIDA covers Africa as a whole: it names no African country, and Africa's count holds it.
    const record = byId.get('mida');
    assert.deepEqual(record.origin_countries, ['002']);
    const { page, close } = await newPage(env.browser, `${env.url}?region=002`);
    const expected = filtered({ region: ['002'] });
    assert.ok(expected.includes(record));
    await waitForCount(page, expected.length);
    assert.deepEqual([...(await allResultIds(page))].sort(), sortedIds(expected));
    const africa = facetCheckbox(page, 'Region', 'Africa');
    assert.equal(await africa.isChecked(), true);
    // The card says where it is for: the region, by name.
    await page.goto(`${env.url}?q=MIDA`);
    const card = page.locator('[data-testid="result"][data-id="mida"]');
    await card.waitFor();
    assert.match(await card.locator('.programme-route').innerText(), /Africa/);
    await close();
  });

  test('sorting by "Title, A–Z" orders every page of cards by title', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    const sort = page.getByLabel('Sort by');
    assert.equal(await sort.inputValue(), 'relevance');
    await sort.selectOption({ label: 'Title, A–Z' });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'title');
    const ids = await allResultIds(page);
    assert.deepEqual(ids, titleOrder(dataset).map((r) => r.id));
    // Titles read in order on screen too.
    await page.goto(`${env.url}?sort=title`);
    await appReady(page);
    const titles = (await page.getByTestId('result-title').allInnerTexts()).map(fold);
    assert.deepEqual(titles, [...titles].sort());
    assert.equal(await page.getByLabel('Sort by').inputValue(), 'title');
    await close();
  });

  test('unknown or invalid URL parameters are ignored with a console warning', async () => {
    const { page, errors, warnings, close } = await newPage(env.browser, `${env.url}?origin=ZZ&p=abc&foo=1&theme=entrepreneurship`);
    // The usable parameter is kept, the others are dropped.
    const expected = filtered({ theme: ['entrepreneurship'] });
    await waitForCount(page, expected.length);
    assert.equal(await page.getByTestId('result').count(), Math.min(24, expected.length));
    assert.equal(await page.locator('.chip').count(), 1);
    for (const parameter of ['origin=ZZ', 'p=abc', 'foo=1']) {
      assert.ok(warnings.some((w) => w.includes(parameter)), `no warning about ${parameter} in:\n${warnings.join('\n')}`);
    }
    assert.ok(!warnings.some((w) => w.includes('theme=entrepreneurship')), 'the valid parameter is not reported');
    assert.deepEqual(errors, []);
    // The page still works.
    await facetCheckbox(page, 'Theme', 'Investment').check();
    await waitForCount(page, filtered({ theme: ['entrepreneurship', 'investment'] }).length);
    await close();
  });
});
