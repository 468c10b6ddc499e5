// A new version: the explorer is served from a directory holding the release build; once the
// service worker controls the page, the directory is replaced by a second build with another
// dataset (the hostile-data fixture's build, tests/out/dist-hostile). The browser finds the new
// service worker; the page offers "Reload" without changing anything by itself; reloading shows
// the new build's programmes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataset, distDir, hostileDistDir, newPage, root, start, waitForCount } from './support.mjs';

const newRecords = JSON.parse(readFileSync(`${root}tests/fixtures/hostile/programmes.json`, 'utf8'));

let env;
let site;
before(async () => {
  site = mkdtempSync(join(tmpdir(), 'diaspora-site-'));
  cpSync(distDir, site, { recursive: true });
  env = await start(site);
});
after(async () => {
  await env?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Publishes `build` in place of what the site holds, as a deployment would. */
function publish(build) {
  for (const name of readdirSync(site)) rmSync(join(site, name), { recursive: true, force: true });
  cpSync(build, site, { recursive: true });
}

describe('a new version', () => {
  test('the update prompt appears, changes nothing by itself, and reloading shows the new data', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    try {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
      await waitForCount(page, dataset.length);
      const prompt = page.getByTestId('update-prompt');
      assert.equal(await prompt.count(), 0, 'no prompt while the build is current');

      publish(hostileDistDir);
      // What browsers do on navigations and periodically: look for a new service worker.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await prompt.waitFor({ timeout: 20_000 });
      assert.match(await prompt.textContent(), /A new version of the explorer is available/);
      // Unobtrusive: the reader's view stays as it was until they choose.
      await page.waitForTimeout(500);
      await waitForCount(page, dataset.length);
      assert.ok(!(await page.locator('main').innerText()).includes(newRecords[0].title), 'the new data is not shown yet');

      await prompt.getByRole('button', { name: 'Reload' }).click();
      await waitForCount(page, newRecords.length);
      assert.ok((await page.locator('main').innerText()).includes(newRecords[0].title));
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.equal(await prompt.count(), 0, 'the new build is current: no prompt');
      const cache = await page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('diaspora-explorer-')));
      assert.equal(cache.length, 1, `the old build's cache is deleted: ${cache}`);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
