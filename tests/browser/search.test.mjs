// Searching as you type: the results narrow to what relates to the words, matched words are
// marked, typos and French names still find, the URL keeps the query, and an empty result
// offers a way out.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allResultIds, CONCURRENCY, conceptPatterns, conceptWords, countryName, dataset, facetCheckbox, facetValues, filtered, fold,
  newPage, params, searchableText, shownCount, start, typeQuery, waitForCount,
} from './support.mjs';

const N = dataset.length;
const byId = new Map(dataset.map((record) => [record.id, record]));
// Records that are unmistakably about remittances: the word in the title, or the theme.
const aboutRemittances = dataset
  .filter((r) => fold(r.title).includes('remittance') || r.themes.includes('remittances'))
  .map((r) => r.id);
// Or through another term of the concept (data/concepts.json): "money transfer", "envoi d'argent".
const remittanceTerms = new RegExp(`remit|${conceptPatterns('remittances').join('|')}`, 'u');
const relatesToRemittances = (id) => remittanceTerms.test(searchableText(byId.get(id)));
const remittanceWords = conceptWords('remittances');

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('search', { concurrency: CONCURRENCY }, () => {
  test('typing narrows the results to programmes about the words, and the URL keeps the query', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    const box = await typeQuery(page, 'remittances');
    assert.equal(await box.inputValue(), 'remittances', 'no keystroke was lost');
    assert.equal(await box.getAttribute('type'), 'search');
    await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').dataset.count !== String(n), N);
    const total = await shownCount(page);
    assert.ok(total > 0 && total < N, `${total} results of ${N}`);
    assert.equal(params(page).get('q'), 'remittances');
    const ids = await allResultIds(page);
    assert.equal(ids.length, total);
    const unrelated = ids.filter((id) => !relatesToRemittances(id));
    assert.deepEqual(unrelated, [], 'every result mentions remittances somewhere');
    const missing = aboutRemittances.filter((id) => !ids.includes(id));
    assert.deepEqual(missing, [], 'every programme about remittances is found');
    assert.deepEqual(errors, []);
    await close();
  });

  test('one search is one history entry: Back returns to the list before it', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    await typeQuery(page, 'remit');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    await waitForCount(page, N);
    assert.equal(await page.getByRole('searchbox', { name: 'Search programmes' }).inputValue(), '');
    await close();
  });

  test('the address follows typing once it pauses; a filter ticked straight after keeps the search as its own entry', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    const box = page.getByRole('searchbox', { name: 'Search programmes' });
    await box.click();
    // Five keystrokes' input events in one task, with the history writes counted: a test
    // that typed through the keyboard would depend on each key taking under the pause (on a
    // loaded machine, one did not).
    const typed = await page.evaluate(() => {
      window.__historyWrites = 0;
      for (const name of ['pushState', 'replaceState']) {
        const write = history[name].bind(history);
        history[name] = (...args) => {
          window.__historyWrites += 1;
          return write(...args);
        };
      }
      const input = document.getElementById('search-input');
      for (const text of ['r', 're', 'rem', 'remi', 'remit']) {
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.at(-1) }));
      }
      return { q: new URL(location.href).searchParams.get('q') };
    });
    // The address waits for a pause.
    assert.equal(typed.q, null, 'no history write per keystroke');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'remit');
    assert.equal(await page.evaluate(() => window.__historyWrites), 1, 'one history write for the five keystrokes');
    // Typing, then a filter at once: the search gets its own entry before the filter's.
    await page.keyboard.type('tances', { delay: 10 });
    await facetCheckbox(page, 'Theme', 'Remittances').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'remittances');
    assert.equal(params(page).get('q'), 'remittances');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('theme'));
    assert.equal(params(page).get('q'), 'remittances');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    assert.deepEqual(errors, []);
    await close();
  });

  test('the matched words are marked in titles and snippets', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    await typeQuery(page, 'remittances');
    await page.locator('[data-testid="result-title"] mark').first().waitFor();
    const marks = await page.locator('[data-testid="result"] mark').allInnerTexts();
    assert.ok(marks.length > 0);
    // Every mark is a form of the word searched for (or an acronym of it, REMIT), or a word of
    // one of its meanings ("money transfer"), or a name holding one (envoidargent.fr).
    const odd = marks.filter((text) => !fold(text).startsWith('remit') && !remittanceWords.some((w) => fold(text).includes(w.slice(0, 5))));
    assert.deepEqual(odd, [], 'marks hold the matched words only');
    // The first card is the best match: its title holds the word, and it is marked.
    const firstTitle = page.getByTestId('result-title').first();
    assert.match(fold(await firstTitle.innerText()), /remit/);
    assert.ok((await firstTitle.locator('mark').count()) > 0);
    // Marks are only in cards that match, and no text is lost around them.
    for (const card of await page.getByTestId('result').all()) {
      const id = await card.getAttribute('data-id');
      const title = await card.getByTestId('result-title').innerText();
      assert.ok(title.startsWith(byId.get(id).title), `${id}: "${title}"`);
    }
    await close();
  });

  test('a typo still finds the programmes', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    await typeQuery(page, 'remitances');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="result"]').length > 0);
    const ids = await allResultIds(page);
    assert.ok(ids.length < N);
    assert.deepEqual(ids.filter((id) => !relatesToRemittances(id)), []);
    assert.deepEqual(aboutRemittances.filter((id) => !ids.includes(id)), []);
    await close();
  });

  // A country's name in either language, or its people's (a demonym: "Moroccans").
  for (const [typed, code] of [['senegal', 'SN'], ['Maroc', 'MA'], ['Moroccans', 'MA']]) {
    test(`"${typed}" finds every programme for ${countryName(code)} (${countryName(code, 'fr')})`, async () => {
      const { page, close } = await newPage(env.browser, env.url);
      await typeQuery(page, typed);
      await page.waitForFunction((n) => Number(document.querySelector('[data-testid="result-count"]').dataset.count) < n, N);
      const ids = await allResultIds(page);
      const expected = dataset
        .filter((r) => facetValues(r, 'origin').includes(code) || facetValues(r, 'residence').includes(code))
        .map((r) => r.id);
      assert.ok(expected.length > 0);
      assert.deepEqual(expected.filter((id) => !ids.includes(id)), [], `${typed} misses programmes for ${code}`);
      assert.ok(ids.length < N, 'the search narrows');
      await close();
    });
  }

  test('a word no programme has does not empty the page: programmes matching the others follow, and the page says so', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    await typeQuery(page, 'remittance cost zzyzx');
    const notice = page.locator('.partial-match');
    await notice.waitFor();
    assert.equal(
      await notice.innerText(),
      'No programme matches every word. Showing those that match 1 to 2 of 3: remittance, cost. ' +
        'In no programme: zzyzx. Did you mean: remittance cost',
    );
    assert.equal(await notice.locator('.words-not-found strong').innerText(), 'zzyzx');
    const ids = await allResultIds(page);
    assert.ok(ids.length > 0 && ids.length < N, `${ids.length} results`);
    assert.equal(await page.locator('.no-results').count(), 0);
    // Every word found again: the notice goes. Those programmes came first above, the
    // cost-of-remittances ones among them.
    await page.getByRole('searchbox', { name: 'Search programmes' }).fill('remittance cost');
    await notice.waitFor({ state: 'detached' });
    const both = await allResultIds(page);
    assert.ok(both.includes('sendmoneypacific') && both.includes('envoidargent-fr'), both.join());
    assert.ok(both.length < ids.length, `${both.length} of ${ids.length}`);
    assert.deepEqual(ids.slice(0, both.length).sort(), [...both].sort());
    assert.deepEqual(errors, []);
    await close();
  });

  test('a word finds what other words say: "money transfer" finds the records that speak of sending money', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    await typeQuery(page, 'money transfer');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="result"]').length > 0);
    const ids = await allResultIds(page);
    const says = (id, words) => searchableText(byId.get(id)).includes(words);
    const elsewhere = ids.filter((id) => !says(id, 'money transfer') && !says(id, 'money'));
    assert.ok(ids.includes('envoidargent-fr'), ids.join());
    assert.ok(elsewhere.length > 0, 'some are found only through another term (remittances, envoi d\'argent)');
    assert.deepEqual(ids.filter((id) => !relatesToRemittances(id) && !says(id, 'money')), [], 'each is about sending money');
    await close();
  });

  test('a name written as one word is found by its parts: "envoi d\'argent" finds envoidargent.fr, marked', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    await typeQuery(page, "envoi d'argent");
    await page.waitForFunction(() => document.querySelector('[data-testid="result"]')?.dataset.id === 'envoidargent-fr');
    const title = page.getByTestId('result-title').first();
    assert.equal(await title.locator('mark').first().innerText(), 'envoidargent');
    await close();
  });

  test('a query that matches nothing shows the no-results help', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    await typeQuery(page, 'qqqxxzz');
    await waitForCount(page, 0);
    assert.equal(await page.getByTestId('result').count(), 0);
    assert.equal(await page.getByTestId('result-count').innerText(), '0 programmes');
    const help = page.locator('.no-results');
    assert.match(await help.innerText(), /No programme matches\./);
    assert.match(await help.innerText(), /Check the spelling/);
    // Nothing close enough to propose, but the search without its words has every programme.
    assert.equal(await help.locator('.did-you-mean').count(), 0);
    const without = help.getByRole('link', { name: 'Without the search words' });
    assert.match(await without.locator('xpath=..').innerText(), new RegExp(`— ${N} programmes$`));
    assert.equal(await page.getByRole('navigation', { name: 'Result pages' }).count(), 0);
    assert.deepEqual(errors, []);
    await close();
  });

  test('a misspelled query with a filter proposes a correction that brings results back', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?theme=remittances`);
    await typeQuery(page, 'senagel');
    await waitForCount(page, 0);
    const suggestion = page.locator('.did-you-mean');
    assert.match(await suggestion.innerText(), /^Did you mean: senegal$/);
    await suggestion.getByRole('link', { name: 'senegal' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'senegal');
    assert.equal(params(page).getAll('theme').join(), 'remittances', 'the filter is kept');
    assert.equal(await page.getByRole('searchbox', { name: 'Search programmes' }).inputValue(), 'senegal');
    const ids = await allResultIds(page);
    assert.ok(ids.length > 0, 'the correction finds programmes');
    for (const id of ids) {
      assert.ok(byId.get(id).themes.includes('remittances'), `${id} is not about remittances`);
      assert.match(searchableText(byId.get(id)), /senegal/, `${id} has nothing to do with Senegal`);
    }
    await close();
  });

  test('when a filter leaves nothing, removing it or the words is offered with its count', async () => {
    // A country of origin none of whose programmes mention remittances, from the dataset.
    const origins = [...new Set(dataset.flatMap((r) => facetValues(r, 'origin')))];
    const quiet = origins
      .map((code) => ({ code, records: filtered({ origin: [code] }) }))
      .filter(({ records }) => records.length > 1 && !records.some((r) => relatesToRemittances(r.id)))
      .sort((a, b) => b.records.length - a.records.length)[0];
    assert.ok(quiet, 'the dataset has a country with no remittance programme');
    const { page, close } = await newPage(env.browser, `${env.url}?origin=${quiet.code}`);
    await waitForCount(page, quiet.records.length);
    await typeQuery(page, 'remittances');
    await waitForCount(page, 0);
    const help = page.locator('.no-results');
    const removeCountry = help.getByRole('link', { name: `${countryName(quiet.code)} (Country of origin)` });
    const removeWords = help.getByRole('link', { name: 'Without the search words' });
    assert.match(await removeWords.locator('xpath=..').innerText(), new RegExp(`— ${quiet.records.length} programmes?$`));
    assert.equal(await removeCountry.count(), 1);
    await removeWords.click();
    await waitForCount(page, quiet.records.length);
    assert.equal(params(page).get('q'), null);
    assert.equal(params(page).get('origin'), quiet.code);
    assert.equal(await page.getByRole('searchbox', { name: 'Search programmes' }).inputValue(), '');
    const ids = await allResultIds(page);
    assert.deepEqual([...ids].sort(), quiet.records.map((r) => r.id).sort());
    await close();
  });
});
