// Offline use and the Content-Security-Policy of the built page: after one visit, the service
// worker serves the whole app, so search, filters and programme pages work with the network
// cut; the page carries its policy and runs under it without a violation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { appReady, dataset, distDir, filtered, newPage, shownIds, start, waitForCount } from './support.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('offline and CSP', () => {
  test('the built page carries a strict policy and no inline script', () => {
    const html = readFileSync(`${distDir}/index.html`, 'utf8');
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(policy, 'no Content-Security-Policy meta');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(policy, /object-src 'none'/);
    // The hosts' header file carries the same policy, with frame-ancestors added.
    const headers = readFileSync(`${distDir}/_headers`, 'utf8');
    assert.ok(headers.includes(`Content-Security-Policy: ${policy}; frame-ancestors `), headers);
    assert.match(headers, /\/\*\.wasm\n {2}Content-Type: application\/wasm/);
    // Every script is external (and carries its integrity).
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 1);
    for (const [, attributes, body] of scripts) {
      assert.match(attributes, /\bsrc="/);
      assert.match(attributes, /\bintegrity="sha384-/);
      assert.equal(body.trim(), '');
    }
  });

  test('the service worker precaches every built file under a cache named after the build', () => {
    // The .gz and .br copies are encodings of those files for the server, not files of their own;
    // the programmes' own pages are left to the network (a hundred pages are too many for a first
    // visit on a phone), and offline the start page stands in for them (next test).
    const worker = readFileSync(`${distDir}/sw.js`, 'utf8');
    const cache = worker.match(/const CACHE = "(diaspora-explorer-[0-9a-f]{16})"/)?.[1];
    assert.ok(cache, 'no cache name');
    const files = JSON.parse(worker.match(/const FILES = (\[.*\]);/)[1]);
    const built = readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !['sw.js', '_headers'].includes(entry.name))
      .filter((entry) => !/\.(gz|br)$/.test(entry.name))
      .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`.slice(distDir.length + 1))
      .filter((file) => !file.startsWith('programmes/'))
      .sort();
    assert.deepEqual(files, built);
    assert.ok(existsSync(`${distDir}/programmes/mida/index.html`));
  });

  test('after one visit, search, filters and a programme page work offline', async () => {
    const { page, context, errors, close } = await newPage(env.browser, env.url);
    try {
      // The worker takes control of the page once it has cached everything.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
      await context.setOffline(true);
      const theme = 'remittances';
      await page.goto(`${env.url}?theme=${theme}`);
      await appReady(page);
      const expected = filtered({ theme: [theme] });
      await waitForCount(page, expected.length);
      for (const id of await shownIds(page)) {
        assert.ok(expected.some((record) => record.id === id), `${id} is not on ${theme}`);
      }
      // Typing still searches (everything runs in the page).
      await page.getByLabel('Search programmes').fill(dataset[0].title);
      await page.getByTestId('result').first().waitFor();
      const record = dataset.find((r) => r.id === 'mida') ?? dataset[0];
      for (const address of [`?id=${record.id}`, `programmes/${record.id}/`]) {
        await page.goto(`${env.url}${address}`);
        await page.locator('#programme-title:not(#prerendered *)').waitFor();
        assert.ok((await page.locator('#programme-title').innerText()).startsWith(record.title), address);
      }
      assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
    } finally {
      await close();
    }
  });
});
