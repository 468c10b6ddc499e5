// Hostile data renders inert. tests/fixtures/hostile/programmes.json is a valid dataset whose
// titles, summaries, names and source notes hold markup (<script>, <img onerror>, an attribute
// break-out, <iframe src="javascript:…">), `javascript:` and template-looking text, invisible
// characters and 10,000-character fields; `make dist-hostile` builds it into
// tests/out/dist-hostile. Every page of it, in English and French, must show that text as text:
// nothing runs, no element comes from the data, no address is anything but http(s), no dialog
// opens, and long fields do not widen the page.
// (Invalid data, such as `javascript:` URLs or direction controls, never builds: see
// scripts/check-build-rejects.sh, core/tests/validation.rs and core/tests/hostile_data.rs.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hostileDistDir, newPage, organisation, organisationsFor, root, start } from './support.mjs';

const records = JSON.parse(readFileSync(`${root}tests/fixtures/hostile/programmes.json`, 'utf8'));
const hostileOrganisations = organisationsFor(`${root}tests/fixtures/hostile/programmes.json`);

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
    // The app itself renders none of these in the body (its only script and stylesheet are in
    // the head), and no element inside the programme page's text fields, so any one here would
    // have come from the data.
    const fromData = body.querySelectorAll([
      'script, img, svg, math, iframe, object, embed, style, link, base, template, details, textarea, b',
      '#programme-title *:not(.acronym), .acronym *, .original-title span *, .programme-summary p *, .source-supports *',
    ].join(', '));
    const handlers = [...body.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((a) => `${element.tagName} ${a.name}`));
    // Every address in the document, resolved as the browser would follow it: only http(s).
    const addresses = [...document.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((element) =>
      ['href', 'src', 'action', 'formaction'].filter((name) => element.hasAttribute(name))
        .map((name) => [element.tagName, element.getAttribute(name)]));
    return {
      pwned: window.__pwned,
      elements: [...fromData].map((element) => element.outerHTML.slice(0, 80)),
      handlers,
      scriptLinks: addresses
        .filter(([, value]) => !['http:', 'https:'].includes(new URL(value, location.href).protocol))
        .map(([tag, value]) => `${tag} ${value}`),
      text: body.innerText,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

function assertInert(found, where) {
  assert.equal(found.pwned, undefined, `${where}: data ran as code`);
  assert.deepEqual(found.elements, [], `${where}: elements from data`);
  assert.deepEqual(found.handlers, [], `${where}: event handler attributes`);
  assert.deepEqual(found.scriptLinks, [], `${where}: links that are not http(s)`);
  assert.ok(found.overflow <= 0, `${where}: ${found.overflow}px wider than the screen`);
}

/** Markup-looking pieces of what a record's page shows (`summary`: the one in its language). */
function hostilePieces(record) {
  const shown = [
    record.title, record.acronym, record.original_title, record.summary,
    ...[...record.implementers, ...record.funders ?? [], ...record.partners ?? []]
      .map((id) => organisation(id, hostileOrganisations).name),
    ...record.sources.map((source) => source.supports),
  ].filter(Boolean).join('\n');
  return shown.match(/<[a-z!/][^<>]{0,40}>?|\$\{[^}]*\}|\{\{[^}]*\}\}|javascript:[^ "<]*/gi) ?? [];
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
          for (const lang of record.summary_fr ? ['en', 'fr'] : ['en']) {
            const where = `${record.id} (${lang})`;
            await page.goto(`${env.url}?id=${record.id}&lang=${lang}`);
            await page.locator('#programme-title').waitFor();
            found = await inspect(page);
            assertInert(found, where);
            // Each field is its text, character for character (10,000 of them included).
            const summary = lang === 'fr' ? record.summary_fr : record.summary;
            assert.ok((await page.locator('#programme-title').textContent()).startsWith(record.title), `${where}: title`);
            assert.equal(await page.locator('.programme-summary p').textContent(), summary, `${where}: summary`);
            for (const piece of hostilePieces({ ...record, summary })) {
              assert.ok(found.text.includes(piece), `${where}: ${JSON.stringify(piece)} is not shown as text`);
            }
            // External links are the data's https URLs, nothing else.
            const external = await page.locator('a[target="_blank"]').evaluateAll((links) => links.map((a) => a.href));
            assert.ok(external.every((href) => href.startsWith('https://')), external.join('\n'));
          }
        }
        assert.equal(await page.evaluate(() => document.title.includes('<script>')), false, 'title of a plain record');
        assert.deepEqual(dialogs, []);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  test('the static pages, before the app runs, show markup as text too, in the body and in the head', async () => {
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('dialog', (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        dialog.dismiss();
      });
      // The app never starts (its wasm never arrives): what shows is the build's HTML alone.
      await page.route(/_bg\.wasm$/, () => new Promise(() => {}));
      for (const path of ['', ...records.map((record) => `programmes/${record.id}/`)]) {
        await page.goto(`${env.url}${path}`);
        assertInert(await inspect(page), `static ${path || 'start page'}`);
        const head = await page.evaluate(() => ({
          title: document.title,
          tags: [...new Set([...document.head.children].map((element) => element.tagName.toLowerCase()))].sort(),
          scripts: document.head.querySelectorAll('script').length,
        }));
        assert.deepEqual(head.tags, ['base', 'link', 'meta', 'script', 'title'], path);
        assert.equal(head.scripts, 2, path);
        const record = records.find((r) => path === `programmes/${r.id}/`);
        if (record) assert.equal(head.title, `${record.title} — Diaspora Programme Explorer`);
      }
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the document title holds a hostile programme title as text', async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}?id=aaa-script`);
    try {
      assert.ok((await page.title()).startsWith('<script>window.__pwned = 1</script>Script in a title'));
      assert.equal(await page.evaluate(() => document.head.querySelectorAll('script').length), 2, 'only the start and boot scripts');
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
