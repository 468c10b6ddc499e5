// Fixes from trying the explorer as its users would (issue 14), each with the test that failed
// before it: a link to an unknown programme, cards of worldwide programmes, the update prompt,
// a clean console, an element that cannot start, one name for Cabo Verde, find boxes that know
// every name, a start-year range that says why it refuses a year, every implementer in reach.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dataset, newPage, start, startPartnerSite, writePartnerPage } from './support.mjs';

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
  const names = new Set(dataset.flatMap((p) => p.implementers.map((o) => o.name)));
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
    assert.deepEqual(new Set(await rows.allTextContents()), names);
    await facet.getByRole('button', { name: 'Show fewer' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('fieldset.facet')].some((f) => f.querySelectorAll('.facet-value-label').length === 8));
  } finally {
    await close();
  }
});
