// Fixes from trying the explorer as its users would (issue 14), each with the test that failed
// before it: a link to an unknown programme, cards of worldwide programmes, the update prompt,
// a clean console, an element that cannot start, one name for Cabo Verde, find boxes that know
// every name, a start-year range that says why it refuses a year, every implementer in reach,
// the first result a Tab away, a count that holds still while typing; and on a partner page
// from a second origin, Back inside both embeds, an element laid out by its own width with
// its filters behind a button, where programmes open, and an iframe's filters on a phone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  dataset, filtered, newPage, organisation, organisationLabel, start, startPartnerSite, typeQuery, writePartnerPage,
} from './support.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

test('a link to an unknown programme opens a page with a heading and a title of its own', async () => {
  for (const [lang, heading] of [
    ['en', 'Programme not found'],
    ['fr', 'Programme introuvable'],
  ]) {
    const { page, errors, close } = await newPage(env.browser, `${env.url}?id=no-such-programme&lang=${lang}`);
    try {
      const h1 = page.locator('h1#programme-title');
      await h1.waitFor();
      assert.equal((await h1.textContent()).trim(), heading);
      assert.match(await page.title(), new RegExp(`^${heading} — `));
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('a programme open to every country of origin and residence reads "Worldwide" on its card', async () => {
  const worldwide = dataset.filter((p) => p.origin_countries.join() === '*' && p.residence_countries.join() === '*');
  assert.ok(worldwide.length > 0, 'the dataset has worldwide programmes');
  const partly = dataset.find((p) => p.origin_countries.join() === '*' && p.residence_countries.join() !== '*');
  for (const [lang, word] of [
    ['en', 'Worldwide'],
    ['fr', 'Dans le monde entier'],
  ]) {
    const { page, close } = await newPage(env.browser, `${env.url}?q=${encodeURIComponent(worldwide[0].title)}&lang=${lang}`);
    try {
      const route = page.locator(`article[data-id="${worldwide[0].id}"] .programme-route`);
      assert.equal((await route.innerText()).trim(), word);
    } finally {
      await close();
    }
  }
  // One side named: both sides still shown.
  const { page, close } = await newPage(env.browser, `${env.url}?q=${encodeURIComponent(partly.title)}`);
  try {
    const card = page.locator(`article[data-id="${partly.id}"]`);
    assert.equal((await card.locator('.programme-route .origin').innerText()).trim(), 'Many countries');
    assert.ok((await card.locator('.programme-route .residence').innerText()).trim().length > 0);
    assert.ok(!(await card.locator('.programme-route').innerText()).includes('Worldwide'));
  } finally {
    await close();
  }
});

test('the update prompt can be dismissed with its close button or with Escape', async () => {
  const { page, errors, close } = await newPage(env.browser, env.url);
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    const prompt = page.getByTestId('update-prompt');
    // As the boot script does when a new build is waiting (any worker object will do here).
    const announce = () =>
      page.evaluate(() => dispatchEvent(new CustomEvent('diaspora-update-ready', { detail: navigator.serviceWorker.controller })));
    await announce();
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Dismiss' }).click();
    await prompt.waitFor({ state: 'detached' });
    await announce();
    await prompt.waitFor();
    await page.keyboard.press('Escape');
    await prompt.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('loading the explorer leaves the console clean: no warning, no error', async () => {
  const { page, errors, warnings, close } = await newPage(env.browser, env.url);
  try {
    await page.getByTestId('result').first().waitFor();
    // The wasm is compiled and the service worker installed by now.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    assert.deepEqual({ errors, warnings }, { errors: [], warnings: [] });
  } finally {
    await close();
  }
});

test('a <diaspora-explorer> that cannot start says so in the element, with the full explorer a click away', async () => {
  const app = new URL(env.url).origin;
  const partner = await startPartnerSite();
  const pageUrl = writePartnerPage(partner, env.url, 'failing', {
    body: `<diaspora-explorer id="fr" lang="fr" origin="SN"></diaspora-explorer>
    <diaspora-explorer id="en" origin="ML"></diaspora-explorer>`,
  });
  const context = await env.browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // As when the explorer's host sends its module without CORS: the browser refuses it.
    await page.route(/diaspora-explorer-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto(pageUrl);
    for (const [id, text, link] of [
      ['fr', 'L’explorateur des programmes n’a pas pu être chargé ici.', 'Ouvrir l’explorateur complet'],
      ['en', 'The programme explorer could not be loaded here.', 'Open the full explorer'],
    ]) {
      const alert = page.locator(`#${id}`).getByRole('alert');
      await alert.waitFor();
      assert.equal((await alert.textContent()).trim(), `${text} ${link}`);
      const anchor = alert.getByRole('link', { name: link });
      assert.equal(await anchor.getAttribute('href'), `${app}/`);
      assert.equal(await anchor.getAttribute('target'), '_blank');
    }
    assert.ok(errors.some((text) => text.includes('diaspora-explorer: could not start')), errors.join('\n'));
  } finally {
    await context.close();
    await partner.stop();
  }
});

test('Cabo Verde goes by its official name in both languages, and its other names still find it', async () => {
  const plan = dataset.find((p) => p.title.startsWith('Cabo Verde'));
  assert.ok(plan, 'a programme titled Cabo Verde…');
  for (const lang of ['en', 'fr']) {
    const { page, close } = await newPage(env.browser, `${env.url}?origin=CV&lang=${lang}`);
    try {
      const chip = page.locator('.chips li').first();
      assert.match(await chip.innerText(), /Cabo Verde/);
      assert.doesNotMatch(await page.locator('main').innerText(), /Cape Verde|Cap-Vert/);
    } finally {
      await close();
    }
  }
  for (const query of ['Cape Verde', 'Cap-Vert', 'Cabo Verde']) {
    const { page, close } = await newPage(env.browser, `${env.url}?q=${encodeURIComponent(query)}`);
    try {
      await page.locator(`article[data-id="${plan.id}"]`).waitFor();
    } finally {
      await close();
    }
  }
});

test('a facet\'s find box knows every name search knows: "Maroc" in English, "Ivory Coast" in French', async () => {
  for (const [lang, typed, label] of [
    ['en', 'Maroc', 'Morocco'],
    ['fr', 'Ivory Coast', 'Côte d’Ivoire'],
    ['en', 'OIM', 'IOM'],
  ]) {
    const { page, close } = await newPage(env.browser, `${env.url}?lang=${lang}`);
    try {
      const facet = label === 'IOM' ? 'Implementer' : lang === 'en' ? 'Country of origin' : 'Pays d’origine';
      const box = page.locator('input.facet-find').and(page.getByPlaceholder(facet, { exact: false })).first();
      await box.fill(typed);
      const row = page.locator('.facet-value-label', { hasText: new RegExp(`^${label}$`) }).first();
      await row.waitFor({ timeout: 5_000 });
    } finally {
      await close();
    }
  }
});

test('a "To" year before the "From" year is kept as typed, marked invalid and explained, and not applied', async () => {
  const { page, errors, close } = await newPage(env.browser, env.url);
  try {
    const from = page.getByRole('spinbutton', { name: 'From' });
    const to = page.getByRole('spinbutton', { name: 'To' });
    await from.fill('2015');
    await from.press('Enter');
    await page.waitForURL(/from=2015/);
    await to.fill('2005');
    await to.press('Enter');
    const alert = page.locator('#year-conflict[role="alert"]');
    await page.waitForFunction(() => document.querySelector('#year-conflict')?.textContent.length > 0);
    assert.equal(await alert.textContent(), '2005 is before the “From” year (2015): not applied.');
    assert.equal(await from.inputValue(), '2015', 'the From year is kept');
    assert.equal(await to.inputValue(), '2005', 'what was typed stays');
    assert.equal(await to.getAttribute('aria-invalid'), 'true');
    assert.equal(await to.getAttribute('aria-describedby'), 'year-conflict');
    assert.equal(new URL(page.url()).searchParams.get('to'), null, 'not applied');
    assert.equal(new URL(page.url()).searchParams.get('from'), '2015');
    // A valid year clears it.
    await to.fill('2020');
    await to.press('Enter');
    await page.waitForURL(/to=2020/);
    assert.equal(await alert.textContent(), '');
    assert.equal(await to.getAttribute('aria-invalid'), null);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('every implementer is in reach: "Show 100 of N", then "Show all N"', async () => {
  const names = new Set(dataset.flatMap((p) => p.implementers.map((id) => organisation(id).group)));
  assert.ok(names.size > 100, `${names.size} implementers: the cap is not reached`);
  const { page, close } = await newPage(env.browser, env.url);
  try {
    const facet = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: /^Implementer$/ }) });
    const rows = facet.locator('.facet-values .facet-value-label');
    await facet.getByRole('button', { name: `Show 100 of ${names.size}` }).click();
    await page.waitForFunction((n) => document.querySelectorAll('fieldset.facet .facet-values')?.length && [...document.querySelectorAll('fieldset.facet')].some((f) => f.querySelectorAll('.facet-value-label').length === n), 100);
    assert.equal(await rows.count(), 100);
    await facet.getByRole('button', { name: `Show all ${names.size}` }).click();
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('fieldset.facet')].some((f) => f.querySelectorAll('.facet-value-label').length === n),
      names.size,
    );
    assert.equal(await rows.count(), names.size);
    // Each organisation by its label: the acronym, else the name.
    assert.deepEqual(new Set(await rows.allTextContents()), new Set([...names].map((id) => organisationLabel(id))));
    await facet.getByRole('button', { name: 'Show fewer' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('fieldset.facet')].some((f) => f.querySelectorAll('.facet-value-label').length === 8));
  } finally {
    await close();
  }
});

test('the first result is one Tab and Enter from the search box ("Skip the filters"), and the skip link lands on it', async () => {
  const { page, errors, close } = await newPage(env.browser, env.url);
  try {
    const firstLink = async () => `programme-link-${await page.getByTestId('result').first().getAttribute('data-id')}`;
    const focused = () => page.evaluate(() => {
      const element = document.activeElement;
      const box = element.getBoundingClientRect();
      return { id: element.id, text: element.textContent.trim(), width: box.width, height: box.height };
    });
    // The page's skip link, first in the Tab order, leads to the first result itself.
    await page.keyboard.press('Tab');
    const skip = await focused();
    assert.equal(skip.text, 'Skip to the programmes');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, await firstLink());

    // From the search box: one Tab reaches "Skip the filters", in sight; Enter, the first result.
    await typeQuery(page, 'remittances');
    await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').dataset.count !== String(n), dataset.length);
    await page.keyboard.press('Tab');
    const past = await focused();
    assert.equal(past.text, 'Skip the filters');
    assert.ok(past.width > 20 && past.height > 10, `"Skip the filters" is visible when focused: ${JSON.stringify(past)}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, await firstLink());
    // The filters are still a landmark of their own to jump to.
    assert.equal(await page.getByRole('complementary', { name: 'Filters' }).count(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the count holds still while a word is typed and a typo corrected, then shows the final number once', async () => {
  const { page, errors, close } = await newPage(env.browser, env.url);
  try {
    await page.evaluate(() => {
      window.__counts = [];
      const count = document.querySelector('[data-testid="result-count"]');
      new MutationObserver(() => window.__counts.push(count.textContent)).observe(count, {
        subtree: true, childList: true, characterData: true,
      });
    });
    const box = page.getByRole('searchbox', { name: 'Search programmes' });
    await box.click();
    // A typo ("remitences") corrected as people do: back over it and on.
    await page.keyboard.type('remite', { delay: 40 });
    for (let i = 0; i < 2; i += 1) await page.keyboard.press('Backspace', { delay: 40 });
    await page.keyboard.type('ttances', { delay: 40 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'remittances');
    await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').dataset.count !== String(n), dataset.length);
    await page.waitForTimeout(600);
    const counts = await page.evaluate(() => window.__counts);
    const shown = await page.getByTestId('result-count').innerText();
    assert.deepEqual([...new Set(counts)], [shown], `the count changed on the way: ${JSON.stringify(counts)}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

describe('embeds on a partner page from a second origin', () => {
  let partner;
  before(async () => {
    partner = await startPartnerSite();
  });
  after(async () => {
    await partner?.stop();
  });

  const inFrame = (page) => page.frameLocator('#widget iframe');
  /** A partner page (with an icon of its own, so that the console stays clean). */
  const partnerPage = (name, { head = '', body }) => {
    writeFileSync(join(partner.dir, 'partner.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
    return writePartnerPage(partner, env.url, name, { head: `<link rel="icon" href="partner.svg" />${head}`, body });
  };

  test('iframe: Back returns from a programme to the list, Forward goes there again, the partner page stays', async () => {
    const url = partnerPage('history-frame', {
      body: '<div id="widget" data-diaspora-explorer data-theme="remittances"></div>',
    });
    const { page, errors, close } = await newPage(env.browser, url, { wait: false });
    try {
      const frame = inFrame(page);
      const count = filtered({ theme: ['remittances'] }).length;
      await frame.locator(`[data-testid="result-count"][data-count="${count}"]`).waitFor();
      const card = frame.getByTestId('result').nth(1);
      const title = (await card.getByTestId('result-title').innerText()).trim();
      await card.getByTestId('result-title').getByRole('link').click();
      await frame.locator('#programme-title').waitFor();
      assert.ok(title.startsWith((await frame.locator('#programme-title').innerText()).trim().split(' (')[0]));
      // The browser's Back and Forward (the page's history: the iframe's steps are part of it;
      // Playwright's goBack waits for the top page to navigate, which it must not).
      await page.evaluate(() => history.back());
      await frame.locator(`[data-testid="result-count"][data-count="${count}"]`).waitFor();
      assert.equal(await frame.locator('#programme-title').count(), 0);
      assert.equal(page.url(), url, 'the partner page is still there, at its address');
      await page.evaluate(() => history.forward());
      await frame.locator('#programme-title').waitFor();
      assert.equal(page.url(), url);
      // "← Back to the results" works too.
      await frame.getByRole('link', { name: 'Back to the results' }).click();
      await frame.locator(`[data-testid="result-count"][data-count="${count}"]`).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('element: "← Back to the results" returns to the same search, and the partner page\'s address and history are untouched', async () => {
    const url = partnerPage('history-element', {
      body: '<diaspora-explorer id="widget" theme="remittances"></diaspora-explorer>',
    });
    const { page, errors, close } = await newPage(env.browser, url, { wait: false });
    try {
      const widget = page.locator('#widget');
      const count = filtered({ theme: ['remittances'] }).length;
      await widget.locator(`[data-testid="result-count"][data-count="${count}"]`).waitFor();
      const length = await page.evaluate(() => history.length);
      const id = await widget.getByTestId('result').nth(2).getAttribute('data-id');
      await widget.locator(`#programme-link-${id}`).click();
      await widget.locator('#programme-title').waitFor();
      await widget.getByRole('link', { name: 'Back to the results' }).click();
      await widget.locator(`[data-testid="result-count"][data-count="${count}"]`).waitFor();
      await page.waitForFunction((id) => document.querySelector('#widget').shadowRoot.activeElement?.id === `programme-link-${id}`, id);
      assert.equal(page.url(), url);
      assert.equal(await page.evaluate(() => history.length), length);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('element: lays out by its own width; filters wait behind "Filters" unless filters="expanded" and there is room', async () => {
    writeFileSync(join(partner.dir, 'layout.css'), '.column { width: 24rem; } .wide { width: 75rem; }');
    const url = partnerPage('layout-element', {
      head: '<link rel="stylesheet" href="layout.css" />',
      body: `<div class="column"><diaspora-explorer id="narrow" q="diaspora bonds"></diaspora-explorer></div>
      <div class="wide"><diaspora-explorer id="collapsed"></diaspora-explorer></div>
      <div class="wide"><diaspora-explorer id="expanded" filters="expanded"></diaspora-explorer></div>
      <div class="column"><diaspora-explorer id="expanded-narrow" filters="expanded"></diaspora-explorer></div>`,
    });
    const { page, errors, close } = await newPage(env.browser, url, { wait: false, viewport: { width: 1400, height: 900 } });
    try {
      for (const id of ['narrow', 'collapsed', 'expanded', 'expanded-narrow']) {
        await page.locator(`#${id} [data-testid="result-count"]`).waitFor();
      }
      const layout = (id) => page.locator(`#${id}`).evaluate((host) => {
        const root = host.shadowRoot;
        const box = (selector) => {
          const element = root.querySelector(selector);
          const rect = element.getBoundingClientRect();
          return { x: rect.x, width: rect.width, height: rect.height, shown: getComputedStyle(element).display !== 'none' };
        };
        return {
          height: host.getBoundingClientRect().height,
          filters: box('aside'),
          results: box('.results'),
          button: box('.open-filters'),
        };
      });
      // A narrow column on a wide screen: one column, the filters behind the button, and a
      // height that follows the few results instead of nine facets.
      const narrow = await layout('narrow');
      assert.equal(narrow.filters.shown, false, 'filters hidden in a narrow widget');
      assert.equal(narrow.button.shown, true);
      assert.ok(narrow.height < narrow.results.height + 700, `the narrow widget is ${narrow.height}px tall for ${narrow.results.height}px of results`);
      // Wide, by default: still behind the button.
      const collapsed = await layout('collapsed');
      assert.equal(collapsed.filters.shown, false);
      assert.equal(collapsed.button.shown, true);
      // Wide and expanded: beside the results, no button.
      const expanded = await layout('expanded');
      assert.equal(expanded.filters.shown, true);
      assert.equal(expanded.button.shown, false);
      assert.ok(expanded.filters.x < expanded.results.x, JSON.stringify(expanded));
      // Expanded in a narrow column: behind the button after all.
      const expandedNarrow = await layout('expanded-narrow');
      assert.equal(expandedNarrow.filters.shown, false);
      assert.equal(expandedNarrow.button.shown, true);

      // "Filters" opens them above the results, in the flow; a filter applies; the results
      // stay in reach (not inert); the foot's button closes them.
      const widget = page.locator('#collapsed');
      await widget.getByRole('button', { name: 'Filters', exact: true }).click();
      await widget.locator('aside').waitFor({ state: 'visible' });
      await widget.getByRole('group', { name: 'Theme', exact: true }).getByText('Entrepreneurship', { exact: true }).click();
      const count = filtered({ theme: ['entrepreneurship'] }).length;
      await widget.locator(`[data-testid="result-count"][data-count="${count}"]`).waitFor();
      assert.equal(await widget.locator('.results').getAttribute('inert'), null);
      await widget.locator('.facet-panel-foot').getByRole('button', { name: `Show the results (${count})` }).click();
      await widget.locator('aside').waitFor({ state: 'hidden' });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('programmes open inside a widget by default, and in a new tab of the full explorer with links="new-tab"', async () => {
    const url = partnerPage('links-element', {
      body: `<diaspora-explorer id="inside" theme="investment"></diaspora-explorer>
      <diaspora-explorer id="tab" theme="investment" links="new-tab"></diaspora-explorer>
      <div id="frame" data-diaspora-explorer data-theme="investment" data-links="new-tab"></div>`,
    });
    const { page, errors, close } = await newPage(env.browser, url, { wait: false });
    try {
      const app = new URL(env.url).origin;
      const first = (scope) => scope.getByTestId('result').first().getByTestId('result-title').getByRole('link');
      await page.locator('#tab [data-testid="result"]').first().waitFor();
      for (const scope of [page.locator('#tab'), page.frameLocator('#frame iframe')]) {
        const link = first(scope);
        await link.waitFor();
        assert.equal(await link.getAttribute('target'), '_blank');
        const href = new URL(await link.getAttribute('href'));
        assert.equal(href.origin, app);
        assert.ok(href.searchParams.get('id'), href.href);
        assert.match(await link.innerText(), /opens in a new tab/);
      }
      const inside = first(page.locator('#inside'));
      assert.equal(await inside.getAttribute('target'), null);
      await inside.click();
      await page.locator('#inside #programme-title').waitFor();
      assert.equal(page.url(), url);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('iframe on a phone: among the filters and after the last one, "Show the results" is on screen', async () => {
    writeFileSync(join(partner.dir, 'drawer.css'), '.intro { height: 30rem; }');
    const url = partnerPage('drawer-frame', {
      head: '<link rel="stylesheet" href="drawer.css" />',
      body: '<p class="intro">The partner\'s text.</p><div id="widget" data-diaspora-explorer data-lang="fr"></div><p>More of the partner\'s text.</p>',
    });
    const { page, errors, close } = await newPage(env.browser, url, { wait: false, viewport: { width: 390, height: 844 } });
    try {
      const frame = inFrame(page);
      await page.locator('#widget iframe').scrollIntoViewIfNeeded();
      // The app's own count (the static views before it hold one per language).
      await frame.locator('[data-testid="result-count"]:not(#prerendered *)').waitFor();
      await frame.getByRole('button', { name: 'Filtres', exact: true }).click();
      await frame.locator('aside').waitFor({ state: 'visible' });
      const button = frame.locator('.facet-panel-foot').getByRole('button', { name: /^Voir les résultats/ });
      const close = frame.getByRole('button', { name: 'Fermer les filtres' });
      const onScreen = async (locator, where) => {
        // The frame hears of the scroll on the next animation frame.
        await page.waitForTimeout(150);
        const box = await locator.boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `${where}: off-screen at ${JSON.stringify(box)}`);
      };
      // The reader goes through the filters, past the middle of them and to the last one: the
      // way back to the results (and the panel's head) stay on screen.
      await frame.getByRole('group', { name: 'Public visé', exact: true }).scrollIntoViewIfNeeded();
      await onScreen(button, '"Voir les résultats" among the filters');
      await onScreen(close, 'the close button among the filters');
      const last = frame.getByRole('spinbutton', { name: 'À', exact: true });
      await last.scrollIntoViewIfNeeded();
      await last.focus();
      await onScreen(button, '"Voir les résultats" after the last filter');
      await button.click();
      await frame.locator('aside').waitFor({ state: 'hidden' });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
