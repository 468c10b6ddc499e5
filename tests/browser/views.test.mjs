// The map and charts views: the switch, a country's click and its count, every country with
// programmes reachable, the charts' bars against the dataset's facet counts, a range of years
// from the histogram, the programmes no shape holds, corridors, offline use, axe, and both
// embeds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  appReady, CONCURRENCY, countries, dataset, facetCounts, filtered, isRegionCode, newPage,
  params, start, startPartnerSite, toolPath, waitForCount, writePartnerPage,
} from './support.mjs';

const AXE = toolPath('axe-core/axe.min.js');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const regionLevel = new Map(countries.regions.map((region) => [region.code, region.level]));

let env;
let partner;
before(async () => {
  env = await start();
  partner = await startPartnerSite();
});
after(async () => {
  await env?.stop();
  await partner?.stop();
});

/** Waits until the map has drawn its countries and painted them with counts. */
async function mapPainted(page) {
  await page.locator('.world-map [data-country][role="button"]').first().waitFor();
}

/** The countries the map offers as buttons: code → accessible name, with their boxes. */
async function mapButtons(page) {
  return page.locator('.world-map').evaluate((svg) =>
    [...svg.querySelectorAll('[data-country][role="button"]')].map((element) => {
      const box = element.getBoundingClientRect();
      return {
        code: element.dataset.country,
        label: element.getAttribute('aria-label'),
        size: Math.max(box.width, box.height),
        shown: element.getAttribute('display') !== 'none',
      };
    }));
}

/** A chart's bars: value → count (`data-count`). */
async function chartBars(page, facet) {
  const rows = await page.locator(`[data-chart="${facet}"] .bar-button`).evaluateAll((buttons) =>
    buttons.map((button) => [button.dataset.value, Number(button.dataset.count)]));
  return new Map(rows);
}

async function violations(page) {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate((rules) => window.axe.run(document, { runOnly: rules }), RULES);
  return result.violations.flatMap((v) => v.nodes.map((node) =>
    `${v.id} (${v.impact}) ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`));
}

const originCount = (code, filters = {}) => facetCounts('origin', filters).get(code) ?? 0;

describe('map and charts', { concurrency: CONCURRENCY }, () => {
  test('the switch shows the map; clicking Senegal filters by it, with the facet count', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    await page.locator('[data-view="map"]').click();
    assert.equal(params(page).get('view'), 'map');
    assert.equal(await page.locator('[data-view="map"]').getAttribute('aria-pressed'), 'true');
    await mapPainted(page);
    const senegal = page.locator('.world-map [data-country="SN"]').first();
    const expected = originCount('SN');
    assert.equal(await senegal.getAttribute('aria-label'), `Senegal: ${expected} programmes (origin)`);
    await senegal.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('origin') === 'SN');
    await waitForCount(page, expected);
    assert.equal(await senegal.getAttribute('aria-pressed'), 'true');
    // The table says the same, one tap away.
    await page.locator('.map-table summary').click();
    const row = page.locator('.map-table tr[data-country="SN"]');
    assert.equal(await row.locator('td').innerText(), String(expected));
    assert.equal(await row.getByRole('button').getAttribute('aria-pressed'), 'true');
    // Where Senegal's programmes' diasporas live, as the residence facet counts them.
    const reach = await page.getByTestId('map-reach').innerText();
    const residences = [...facetCounts('residence', { origin: ['SN'] })].sort((a, b) => b[1] - a[1]);
    assert.ok(residences.length > 0);
    assert.match(reach, new RegExp(`France ${facetCounts('residence', { origin: ['SN'] }).get('FR')}`));
    // The other side, then back to the list, keep the filter.
    await page.locator('.map-reach [data-side="residence"]').click();
    assert.equal(params(page).get('side'), 'residence');
    await page.locator('.world-map [data-country="FR"][role="button"]').waitFor();
    await page.locator('[data-view="list"]').click();
    assert.equal(params(page).get('view'), null);
    assert.equal(params(page).get('origin'), 'SN');
    await page.getByTestId('result').first().waitFor();
    assert.deepEqual(errors, []);
    await close();
  });

  test('every country with programmes is a shape or marker one can point at, on both sides', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?view=map`);
    for (const side of ['origin', 'residence']) {
      if (side === 'residence') await page.locator('.map-side [data-side="residence"]').click();
      await mapPainted(page);
      await page.waitForFunction(
        (side) => document.querySelector('.world-map')?.getAttribute('aria-label')?.includes(side),
        side,
      );
      const expected = facetCounts(side, {});
      const buttons = await mapButtons(page);
      const reachable = new Map();
      for (const button of buttons) {
        // Tiny outlines (some small islands) count through their marker.
        if (button.shown && button.size >= 4) reachable.set(button.code, button.label);
      }
      const missing = [...expected.keys()].filter((code) => !reachable.has(code));
      assert.deepEqual(missing, [], `${side}: countries with programmes that cannot be pointed at`);
      for (const [code, count] of expected) {
        assert.match(reachable.get(code), new RegExp(`: ${count} programmes? \\(${side}\\)$`), `${side} ${code}`);
      }
      // And nothing else is a button.
      assert.deepEqual([...new Set(buttons.map((b) => b.code))].sort(), [...expected.keys()].sort());
    }
    await close();
  });

  test('keyboard: Tab reaches a country, Enter toggles it; "Find a country" finds one by name', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?view=map`);
    await mapPainted(page);
    await page.locator('.world-map [data-country][role="button"]').first().focus();
    const code = await page.evaluate(() => document.activeElement.dataset.country);
    await page.keyboard.press('Enter');
    await page.waitForFunction((code) => new URL(location.href).searchParams.getAll('origin').includes(code), code);
    await page.keyboard.press(' ');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('origin'));
    const find = page.getByLabel('Find a country');
    await find.fill('morocco');
    await find.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('origin') === 'MA');
    await waitForCount(page, originCount('MA'));
    await find.fill('Atlantis');
    await find.press('Enter');
    await page.getByText('No country with programmes matches “Atlantis”.').waitFor();
    await close();
  });

  test('programmes reaching whole regions or many countries are counted beside the map', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?view=map`);
    await mapPainted(page);
    const many = dataset.filter((r) => r.origin_countries.includes('*'));
    const africa = dataset.filter((r) => r.origin_countries.includes('002'));
    const wide = page.getByTestId('map-wide');
    assert.ok(many.length > 0 && africa.length > 0);
    await wide.getByText(`Many countries or worldwide: ${many.length} programme`).click();
    const listed = await wide.locator('details[open] a').allInnerTexts();
    assert.deepEqual(listed.sort(), many.map((r) => r.title).sort());
    await wide.getByText(`Africa (the whole region): ${africa.length} programme`).waitFor();
    await close();
  });

  test('the corridor table counts programmes naming both countries, and downloads as CSV', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?view=map&origin=SN`);
    await mapPainted(page);
    await page.getByTestId('corridors').locator('summary').click();
    const rows = await page.getByTestId('corridors').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const named = (codes) => codes.filter((c) => c !== '*' && !isRegionCode(c));
    const expected = new Map();
    for (const record of filtered({ origin: ['SN'] })) {
      for (const o of named(record.origin_countries)) {
        for (const r of named(record.residence_countries)) {
          if (o !== r) expected.set(`${o}>${r}`, (expected.get(`${o}>${r}`) ?? 0) + 1);
        }
      }
    }
    assert.equal(rows.length, expected.size);
    const senegalFrance = rows.find(([o, r]) => o === 'Senegal' && r === 'France');
    assert.equal(Number(senegalFrance[2]), expected.get('SN>FR'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the corridors (CSV)' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8').trim().split('\r\n');
    assert.equal(csv[0], 'origin_code,origin,residence_code,residence,programmes');
    assert.equal(csv.length - 1, expected.size);
    assert.ok(csv.includes(`SN,Senegal,FR,France,${expected.get('SN>FR')}`), csv.join('\n'));
    await close();
  });

  test('the chart bars are the facet counts, in three filter states', async () => {
    const states = [
      ['', {}],
      ['&theme=remittances', { theme: ['remittances'] }],
      ['&origin=SN&status=ongoing', { origin: ['SN'], status: ['ongoing'] }],
    ];
    const { page, close } = await newPage(env.browser, `${env.url}?view=charts`);
    for (const [query, filters] of states) {
      await page.goto(`${env.url}?view=charts${query}`);
      await appReady(page);
      await waitForCount(page, filtered(filters).length);
      for (const facet of ['status', 'theme', 'support', 'target', 'org_type', 'region']) {
        const expected = new Map([...facetCounts(facet, filters)]
          .filter(([value]) => facet !== 'region' || regionLevel.get(value) === 'region'));
        for (const value of filters[facet] ?? []) if (!expected.has(value)) expected.set(value, 0);
        assert.deepEqual(await chartBars(page, facet), expected, `${facet} under ${query || 'no filter'}`);
      }
    }
    // A bar toggles its filter.
    await page.goto(`${env.url}?view=charts`);
    await appReady(page);
    await page.locator('[data-chart="theme"] .bar-button[data-value="investment"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'investment');
    await waitForCount(page, filtered({ theme: ['investment'] }).length);
    await close();
  });

  test('choosing a first and a last year on the histogram sets from and to', async () => {
    const years = [...new Set(dataset.map((r) => r.start_year).filter(Boolean))].sort();
    const [first, last] = [years[Math.floor(years.length / 3)], years[Math.floor((2 * years.length) / 3)]];
    const { page, close } = await newPage(env.browser, `${env.url}?view=charts`);
    const counts = new Map();
    for (const r of dataset) if (r.start_year) counts.set(r.start_year, (counts.get(r.start_year) ?? 0) + 1);
    const bar = (year) => page.locator(`.year-chart [data-year="${year}"]`);
    assert.equal(await bar(first).getAttribute('aria-label'), `${first}: ${counts.get(first)} programme${counts.get(first) === 1 ? '' : 's'}`);
    await bar(last).click();
    await page.getByText(`From ${last}: now choose the last year.`).waitFor();
    await bar(first).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(([from, to]) => {
      const p = new URL(location.href).searchParams;
      return p.get('from') === String(from) && p.get('to') === String(to);
    }, [first, last]);
    await waitForCount(page, filtered({ from: first, to: last }).length);
    // The bars outside the range stay, to widen it again.
    assert.ok((await bar(years[0]).getAttribute('role')) === 'button');
    await close();
  });

  test('a bad view or side in the URL is ignored with a warning', async () => {
    const { page, warnings, errors, close } = await newPage(env.browser, `${env.url}?view=globe&side=north&theme=health`);
    assert.ok(warnings.some((w) => w.includes('view=globe')), warnings.join('\n'));
    assert.ok(warnings.some((w) => w.includes('side=north')), warnings.join('\n'));
    await page.getByTestId('result').first().waitFor();
    assert.deepEqual(errors, []);
    await close();
  });

  test('the map works offline after one visit', async () => {
    const { page, context, errors, close } = await newPage(env.browser, env.url);
    try {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
      await context.setOffline(true);
      await page.goto(`${env.url}?view=map&theme=remittances`);
      await appReady(page);
      await mapPainted(page);
      const expected = facetCounts('origin', { theme: ['remittances'] });
      assert.equal((await mapButtons(page)).filter((b) => b.shown).length >= expected.size, true);
      assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
    } finally {
      await close();
    }
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation on the map and the charts (${colorScheme})`, async () => {
      const found = [];
      const { page, close } = await newPage(env.browser, `${env.url}?view=map&origin=SN`, { colorScheme });
      await mapPainted(page);
      for (const summary of await page.locator('.map-view summary').all()) await summary.click();
      await page.locator('.world-map [data-country="SN"]').first().focus();
      found.push(...(await violations(page)).map((line) => `map: ${line}`));
      await page.goto(`${env.url}?view=charts&lang=fr`);
      await appReady(page);
      await page.locator('.year-chart [role="button"]').first().waitFor();
      for (const summary of await page.locator('.charts-view summary').all()) await summary.click();
      found.push(...(await violations(page)).map((line) => `charts: ${line}`));
      await close();
      assert.deepEqual(found, [], `axe violations:\n${found.join('\n')}`);
    });
  }

  test('the map and the charts work in an iframe and in <diaspora-explorer>', async () => {
    // The partner's own icon, so that the page makes no request that fails.
    writeFileSync(join(partner.dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
    const url = writePartnerPage(partner, env.url, 'views', {
      head: '<link rel="icon" href="icon.svg" />',
      body: `<div id="frame" data-diaspora-explorer data-view="map" data-theme="remittances"></div>
       <diaspora-explorer id="element" view="charts" lang="en"></diaspora-explorer>`,
    });
    const { page, errors, close } = await newPage(env.browser, url, { wait: false });
    const frame = page.frameLocator('#frame iframe');
    await frame.locator('.world-map [data-country][role="button"]').first().waitFor();
    const origin = [...facetCounts('origin', { theme: ['remittances'] })][0][0];
    await frame.locator(`.world-map [data-country="${origin}"]`).first().click();
    await frame.locator(`[data-testid="result-count"][data-count="${filtered({ theme: ['remittances'], origin: [origin] }).length}"]`).waitFor();
    const element = page.locator('#element');
    await element.locator('[data-chart="status"] .bar-button').first().waitFor();
    assert.deepEqual(
      await chartBars(element, 'status'),
      facetCounts('status', {}),
    );
    assert.deepEqual(errors, []);
    await close();
  });
});
