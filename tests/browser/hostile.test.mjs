// Hostile data renders inert. tests/fixtures/hostile/programmes.json is a valid dataset whose
// titles, summaries, names and source notes hold markup (<script>, <img onerror>, an attribute
// break-out, <iframe src="javascript:…">), `javascript:` and template-looking text, invisible
// characters and 10,000-character fields; `make dist-hostile` builds it into
// tests/out/dist-hostile. Every page of it must show that text as text: nothing runs, no element
// comes from the data, no link leads to `javascript:`, and long fields do not widen the page.
// (Invalid data, such as `javascript:` URLs or direction controls, never builds: see
// scripts/check-build-rejects.sh and core/tests/validation.rs.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hostileDistDir, newPage, root, start } from './support.mjs';

const records = JSON.parse(readFileSync(`${root}tests/fixtures/hostile/programmes.json`, 'utf8'));

let env;
before(async () => {
  env = await start(hostileDistDir);
});
after(async () => {
  await env?.stop();
});

/** What the data could have smuggled into the page, if anything. */
function inspect(page) {
  return page.evaluate(() => {
    const body = document.body;
    const fromData = body.querySelectorAll('script, img, svg, iframe, object, embed, style, link, b, p > a[href*="javascript"]');
    const handlers = [...body.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((a) => `${element.tagName} ${a.name}`));
    const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    return {
      pwned: window.__pwned,
      elements: [...fromData].map((element) => element.outerHTML.slice(0, 80)),
      handlers,
      scriptLinks: links.filter((href) => /^\s*javascript:/i.test(href)),
      text: body.innerText,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

function assertInert(found, where) {
  assert.equal(found.pwned, undefined, `${where}: data ran as code`);
  assert.deepEqual(found.elements, [], `${where}: elements from data`);
  assert.deepEqual(found.handlers, [], `${where}: event handler attributes`);
  assert.deepEqual(found.scriptLinks, [], `${where}: javascript: links`);
  assert.ok(found.overflow <= 0, `${where}: ${found.overflow}px wider than the screen`);
}

describe('hostile data', () => {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 800 }]]) {
    test(`the list, a search and every programme page show markup as text (${device})`, async () => {
      const { page, errors, close } = await newPage(env.browser, env.url, { viewport });
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss();
      });
      try {
        await page.locator(`[data-testid="result-count"][data-count="${records.length}"]`).waitFor();
        let found = await inspect(page);
        assertInert(found, 'the list');
        assert.ok(found.text.includes('<script>window.__pwned = 1</script>Script in a title'), 'the title is shown as written');
        assert.ok(found.text.includes('javascript:window.__pwned = 4'));

        // Searching marks words inside hostile text without making markup of it.
        await page.goto(`${env.url}?q=script`);
        await page.locator('[data-testid="result"] mark').first().waitFor();
        assertInert(await inspect(page), 'a search');

        for (const record of records) {
          await page.goto(`${env.url}?id=${record.id}`);
          await page.locator('#programme-title').waitFor();
          found = await inspect(page);
          assertInert(found, record.id);
          assert.equal((await page.locator('#programme-title').textContent()).trim().startsWith(record.title.trim().slice(0, 20)), true,
            `${record.id}: the title is its text`);
          // The 10,000 characters are all there, wrapped.
          if (record.id === 'long-fields') assert.ok(found.text.includes(record.summary.slice(-200)));
          // External links are the data's https URLs, nothing else.
          const external = await page.locator('a[target="_blank"]').evaluateAll((links) => links.map((a) => a.href));
          assert.ok(external.every((href) => href.startsWith('https://')), external.join('\n'));
        }
        assert.equal(await page.evaluate(() => document.title.includes('<script>')), false, 'title of a plain record');
        assert.deepEqual(dialogs, []);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  test('the document title holds a hostile programme title as text', async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}?id=aaa-script`);
    try {
      assert.ok((await page.title()).startsWith('<script>window.__pwned = 1</script>Script in a title'));
      assert.equal(await page.evaluate(() => document.head.querySelectorAll('script').length), 1, 'only the boot script');
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
