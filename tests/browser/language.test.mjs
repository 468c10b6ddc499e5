// English and French: chosen by ?lang=, by the switch (without reloading) or by the browser's
// language; every piece of text follows, country names and plural rules included.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appReady, CONCURRENCY, countryName, dataset, facetCounts, facetGroup, facetShown, label, newPage, params,
  start, waitForCount,
} from './support.mjs';

const N = dataset.length;
const FR = {
  appName: 'Explorateur des programmes de la diaspora',
  search: 'Rechercher un programme',
  count: (n) => (n <= 1 ? `${n} programme` : `${n.toLocaleString('fr-FR')} programmes`),
};
const EN = {
  appName: 'Diaspora Programme Explorer',
  search: 'Search programmes',
  count: (n) => (n === 1 ? '1 programme' : `${n.toLocaleString('en')} programmes`),
};

// A country of origin with exactly one programme, for the singular.
const single = [...facetCounts('origin', {})].find(([, n]) => n === 1)?.[0];

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('languages', { concurrency: CONCURRENCY }, () => {
  /** Asserts the page is in `lang` ('en' or 'fr'). */
  async function assertLanguage(page, lang) {
    const text = lang === 'fr' ? FR : EN;
    await page.getByRole('searchbox', { name: text.search, exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.title(), text.appName);
    assert.equal(await page.locator('h1').innerText(), text.appName);
  }

  test('?lang=fr shows the interface, country names, themes and counts in French', async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}?lang=fr`);
    await assertLanguage(page, 'fr');
    assert.equal(await page.getByTestId('result-count').innerText(), FR.count(N));
    // Country names in French, with their accents: in the facet and on the cards.
    const origins = await facetShown(page, 'Pays d’origine');
    assert.ok(origins.has('Sénégal'), [...origins.keys()].join(', '));
    assert.ok(origins.has('Maroc'));
    assert.equal(origins.get('Sénégal'), facetCounts('origin', {}).get('SN'));
    const routes = await page.locator('.programme-route .origin').allInnerTexts();
    // French names, accents and all (Bénin, Népal…).
    assert.ok(routes.some((route) => route !== route.normalize('NFD')), routes.join(' | '));
    // Theme labels from the vocabulary's French column.
    const themes = [...(await facetShown(page, 'Thème')).keys()];
    const french = new Set(dataset.flatMap((r) => r.themes).map((code) => label('themes', code, 'fr')));
    assert.ok(themes.length > 0 && themes.every((t) => french.has(t)), themes.join(', '));
    const firstCard = page.getByTestId('result').first();
    const firstId = await firstCard.getAttribute('data-id');
    const record = dataset.find((r) => r.id === firstId);
    assert.deepEqual(await firstCard.locator('.tag').allInnerTexts(), record.themes.map((c) => label('themes', c, 'fr')));
    // Other interface text.
    assert.equal(await page.getByLabel('Trier par').inputValue(), 'relevance');
    assert.equal(await page.getByRole('navigation', { name: 'Pages de résultats' }).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(errors, []);
    await close();
  });

  test('counts follow each language\'s plural rule: "0 programme" in French, "0 programmes" in English', async () => {
    for (const [lang, text] of [['fr', FR], ['en', EN]]) {
      const none = await newPage(env.browser, `${env.url}?lang=${lang}&q=qqqxxzz`);
      await waitForCount(none.page, 0);
      assert.equal(await none.page.getByTestId('result-count').innerText(), text.count(0));
      await none.close();
      if (single) {
        const one = await newPage(env.browser, `${env.url}?lang=${lang}&origin=${single}`);
        await waitForCount(one.page, 1);
        assert.equal(await one.page.getByTestId('result-count').innerText(), text.count(1));
        await one.close();
      }
    }
    assert.equal(FR.count(0), '0 programme');
    assert.equal(EN.count(0), '0 programmes');
  });

  test('a programme\'s page in French: French summary, country names and date', async () => {
    const record = dataset.find((r) => r.summary_fr && r.origin_countries.some((c) => c !== '*' && countryName(c, 'fr') !== countryName(c)))
      ?? dataset.find((r) => r.summary_fr);
    const { page, close } = await newPage(env.browser, `${env.url}?lang=fr&id=${record.id}`);
    const article = page.locator('article.programme-page');
    const text = await article.innerText();
    assert.ok(text.includes(record.summary_fr), 'the French summary is shown');
    assert.ok(!text.includes(record.summary), 'not the English one');
    for (const code of record.origin_countries.filter((c) => c !== '*')) {
      assert.ok(text.includes(countryName(code, 'fr')), `${countryName(code, 'fr')} missing`);
    }
    const [year, month, day] = record.last_verified.split('-').map(Number);
    const written = new Date(Date.UTC(year, month - 1, day))
      .toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .replace(/^1 /, '1er ');
    assert.equal(await article.locator('.last-verified time').innerText(), written);
    assert.equal(await page.getByRole('link', { name: 'Retour aux résultats' }).count(), 1);
    await close();
  });

  test('the switch changes the language without reloading and writes lang= to the URL', async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}?theme=remittances`);
    await assertLanguage(page, 'en');
    await page.evaluate(() => { window.__marker = 'still here'; });
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Français' }).click();
    await assertLanguage(page, 'fr');
    assert.equal(await page.evaluate(() => window.__marker), 'still here', 'the page was reloaded');
    assert.equal(params(page).get('lang'), 'fr');
    assert.deepEqual(params(page).getAll('theme'), ['remittances'], 'the search is kept');
    assert.equal(await page.getByRole('button', { name: 'Transferts de fonds (Thème)', exact: false }).count(), 1);
    assert.equal(await page.getByTestId('result-count').innerText(),
      FR.count(dataset.filter((r) => r.themes.includes('remittances')).length));
    assert.equal(await page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'false');
    // A language is not a place to go back to: no new history entry.
    assert.equal(await page.evaluate(() => history.length), historyLength);
    await page.getByRole('button', { name: 'English' }).click();
    await assertLanguage(page, 'en');
    assert.equal(params(page).get('lang'), 'en');
    assert.equal(await page.evaluate(() => window.__marker), 'still here');
    assert.equal(await facetGroup(page, 'Theme').count(), 1);
    assert.deepEqual(errors, []);
    await close();
  });

  test('without ?lang, a French browser gets French and others English', async () => {
    const french = await newPage(env.browser, env.url, { locale: 'fr-FR' });
    await assertLanguage(french.page, 'fr');
    assert.equal(await french.page.getByTestId('result-count').innerText(), FR.count(N));
    assert.equal(params(french.page).get('lang'), null, 'the URL is left alone');
    // ?lang= wins over the browser.
    await french.page.goto(`${env.url}?lang=en`);
    await appReady(french.page);
    await assertLanguage(french.page, 'en');
    await french.close();

    for (const locale of ['en-US', 'de-DE']) {
      const other = await newPage(env.browser, env.url, { locale });
      await assertLanguage(other.page, 'en');
      await other.page.goto(`${env.url}?lang=fr`);
      await appReady(other.page);
      await assertLanguage(other.page, 'fr');
      await other.close();
    }
  });
});
