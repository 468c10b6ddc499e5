// Fixes from trying the explorer as its users would (issue 14), each with the test that failed
// before it: a link to an unknown programme, cards of worldwide programmes, the update prompt,
// a clean console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dataset, newPage, start } from './support.mjs';

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
