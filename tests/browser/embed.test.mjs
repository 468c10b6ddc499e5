// Embedding on a partner's site: a partner page served from a second loopback origin, under
// the Content-Security-Policy the README tells partners to use, embeds the explorer both ways
// (iframes from `data-diaspora-explorer` and `<diaspora-explorer>` elements) through embed.js.
// Filters apply (and lock), heights follow the content, forged height messages are ignored,
// the host page's links, URL, title and styles stay as they were, and widgets coexist. Plus a
// partner's own programme list, valid and invalid.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, filtered, newPage, start, startPartnerSite, toolPath, writePartnerPage } from './support.mjs';

let env;
let partner;
let partnerDir;
before(async () => {
  env = await start();
  partner = await startPartnerSite();
  partnerDir = partner.dir;
});
after(async () => {
  await env?.stop();
  await partner?.stop();
});

const appOrigin = () => new URL(env.url).origin;

/** A partner's page with `body` in it, under the policy README.md gives partners. */
function partnerPage(name, body) {
  const url = writePartnerPage(partner, env.url, name, {
    head: `
    <link rel="icon" href="partner.svg" />
    <link rel="stylesheet" href="partner.css" />`,
    body: `<p><a id="partner-link" href="#news">Our news</a></p>
    ${body}`,
  });
  writeFileSync(join(partnerDir, 'partner.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
  // The partner's own styles, some aimed at class names the explorer uses: they must not
  // reach inside the element, and the explorer's must not reach out.
  writeFileSync(
    join(partnerDir, 'partner.css'),
    `body { font-family: Georgia, serif; color: rgb(10, 20, 30); background: rgb(250, 250, 250); }
a { color: rgb(200, 0, 0); }
.search-input, .chip { display: none; }
.wrap { padding: 99px; }`,
  );
  return url;
}

/** The count shown inside a shadow root (`data-count` of the result count). */
const elementCount = (page, selector) =>
  page.locator(selector).locator('[data-testid="result-count"]').getAttribute('data-count');

describe('embedding on a partner site', () => {
  test('iframes: partner filters apply and lock, the height follows the content, forged messages are ignored', async () => {
    const url = partnerPage(
      'frames',
      `<div id="mali" data-diaspora-explorer data-origin="ML" data-lock="1" data-lang="fr"></div>
       <div id="investment" data-diaspora-explorer data-theme="investment"></div>`,
    );
    const { page, errors, close } = await newPage(env.browser, url, { wait: false });
    try {
      const frames = page.locator('iframe.diaspora-explorer-frame');
      await frames.nth(1).waitFor();
      assert.equal(await frames.count(), 2);
      const mali = page.frameLocator('#mali iframe');
      const investment = page.frameLocator('#investment iframe');

      // The partner's filters apply: the counts are the dataset's.
      const maliCount = filtered({ origin: ['ML'] }).length;
      await mali.locator(`[data-testid="result-count"][data-count="${maliCount}"]`).waitFor();
      const investmentCount = filtered({ theme: ['investment'] }).length;
      await investment.locator(`[data-testid="result-count"][data-count="${investmentCount}"]`).waitFor();

      // Locked: the chip is no button, the checkbox is disabled; the other widget's is not.
      await mali.locator('.chip-locked', { hasText: 'Mali' }).waitFor();
      assert.equal(await mali.getByRole('button', { name: /Mali/ }).count(), 0);
      // (An embed's filters wait behind its "Filters" button.)
      await mali.getByRole('button', { name: 'Filtres (1)' }).click();
      assert.equal(await mali.getByRole('checkbox', { name: /^Mali/ }).isDisabled(), true);
      assert.equal(await investment.locator('button.chip', { hasText: 'Investment' }).count(), 1);

      // Compact layout in the partner's language, and the way to the full explorer.
      assert.equal(await mali.locator('.site-header').count(), 0);
      const full = mali.getByRole('link', { name: /Ouvrir l’explorateur complet/ });
      assert.equal(await full.getAttribute('target'), '_blank');
      const fullUrl = new URL(await full.getAttribute('href'));
      assert.equal(fullUrl.origin, appOrigin());
      assert.deepEqual([...fullUrl.searchParams.keys()].sort(), ['lang', 'origin']);

      // The iframe is as tall as its content, and follows it when a search shortens it.
      const heights = async (selector) =>
        page.locator(selector).evaluate((host) => {
          const frame = host.querySelector('iframe');
          return {
            frame: frame.getBoundingClientRect().height,
            content: frame.contentDocument?.body.getBoundingClientRect().height,
          };
        });
      // Cross-origin: the content's height is read inside the frame.
      const contentHeight = (frameLocator) => frameLocator.locator('body').evaluate((body) => body.getBoundingClientRect().height);
      const settled = async (selector, frameLocator) => {
        // Chromium pauses rendering, and so the frame's resize observer, in cross-origin
        // frames out of sight; a reader scrolls to a widget before it matters how tall it is.
        await page.locator(selector).scrollIntoViewIfNeeded();
        await page.waitForFunction(
          ([selector]) => document.querySelector(selector).querySelector('iframe').style.height.endsWith('px'),
          [selector],
        );
        let last;
        for (let i = 0; i < 50; i += 1) {
          const frame = (await heights(selector)).frame;
          const content = Math.ceil(await contentHeight(frameLocator));
          if (Math.abs(frame - content) <= 1) return frame;
          last = { frame, content };
          await page.waitForTimeout(100);
        }
        assert.fail(`the iframe did not follow its content: ${JSON.stringify(last)}`);
      };
      const before = await settled('#investment', investment);
      await investment.getByRole('searchbox', { name: 'Search programmes' }).fill('zzzzqqqq');
      await investment.locator('[data-testid="result-count"][data-count="0"]').waitFor();
      const after = await settled('#investment', investment);
      assert.ok(after < before - 200, `the frame should shrink with its content: ${before} → ${after}`);

      // Forged heights: from the partner's own origin, and from a frame of the explorer's
      // origin that embed.js did not create (its source is not one of the widgets).
      await page.evaluate(() => window.postMessage({ type: 'diaspora-explorer:height', height: 7 }, '*'));
      await page.evaluate(([app, parent]) => {
        const stray = document.createElement('iframe');
        stray.id = 'stray';
        stray.src = `${app}/?embed=1&parent=${encodeURIComponent(parent)}`;
        document.body.append(stray);
      }, [appOrigin(), new URL(partner.url).origin]);
      await page.frameLocator('#stray').locator('[data-testid="result-count"]:not(#prerendered *)').waitFor();
      await page.waitForTimeout(300);
      assert.equal((await heights('#investment')).frame, after);
      assert.ok((await heights('#mali')).frame > 200);

      // The partner page itself is untouched.
      assert.equal(page.url(), url);
      assert.equal(await page.title(), 'Partner association');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('elements: results in a shadow root, state kept in the element, the host page untouched', async () => {
    const url = partnerPage(
      'elements',
      `<diaspora-explorer id="senegal" origin="SN" lang="en" accent="#a3324a" radius="2px"></diaspora-explorer>
       <diaspora-explorer id="remittances" theme="remittances" lang="fr"></diaspora-explorer>`,
    );
    const navigationStart = Date.now();
    const { page, errors, close } = await newPage(env.browser, url, { wait: false });
    try {
      const senegalCount = filtered({ origin: ['SN'] }).length;
      const remittancesCount = filtered({ theme: ['remittances'] }).length;
      await page.locator('#senegal [data-testid="result"]').first().waitFor();
      const firstResults = Date.now() - navigationStart;
      assert.equal(await elementCount(page, '#senegal'), String(senegalCount));
      await page.locator(`#remittances [data-testid="result-count"][data-count="${remittancesCount}"]`).waitFor();
      console.log(`# embed → first results (element, loopback): ${firstResults} ms`);

      // Before: the host page as the partner made it.
      const host = () =>
        page.evaluate(() => ({
          url: location.href,
          historyLength: history.length,
          title: document.title,
          lang: document.documentElement.lang,
          sheets: document.styleSheets.length,
          bodyFont: getComputedStyle(document.body).fontFamily,
          bodyColor: getComputedStyle(document.body).color,
          linkColor: getComputedStyle(document.getElementById('partner-link')).color,
          headStyles: document.head.querySelectorAll('style, link[rel="stylesheet"]').length,
        }));
      const untouched = await host();
      assert.equal(untouched.linkColor, 'rgb(200, 0, 0)');

      // The partner's rules do not reach inside: the search box is shown; the explorer's
      // own styles apply there (its font, not the partner's Georgia).
      const search = page.locator('#senegal').getByRole('searchbox', { name: 'Search programmes' });
      assert.equal(await search.isVisible(), true);
      // The theme attributes set the element's custom properties.
      const accent = await page.locator('#senegal .open-full').evaluate((link) => getComputedStyle(link).color);
      assert.equal(accent, 'rgb(163, 50, 74)');

      // Search, filter and open a programme inside the element: the state stays in it.
      await search.fill('diaspora');
      await page.locator('#senegal [data-testid="result-count"]').waitFor();
      const card = page.locator('#senegal [data-testid="result"] a').first();
      const title = (await card.textContent()).trim();
      await card.click();
      await page.locator('#senegal #programme-title').waitFor();
      assert.equal((await page.locator('#senegal #programme-title').textContent()).trim(), title);
      // Focus moved to the title inside the shadow root.
      assert.equal(await page.locator('#senegal').evaluate((element) => element.shadowRoot.activeElement?.id), 'programme-title');
      // Its links open the full explorer, not the partner's page.
      const back = page.locator('#senegal .back-link');
      assert.ok((await back.getAttribute('href')).startsWith(`${appOrigin()}/`));
      await back.click();
      await page.locator('#senegal [data-testid="result"]').first().waitFor();
      // The other widget did not move.
      assert.equal(await elementCount(page, '#remittances'), String(remittancesCount));
      assert.equal(await page.locator('#remittances').getByRole('searchbox', { name: 'Rechercher un programme' }).inputValue(), '');

      assert.deepEqual(await host(), untouched);

      // A changed option restarts the element with it; the theme set before is dropped.
      await page.locator('#senegal').evaluate((element) => {
        element.setAttribute('origin', 'GH');
        element.removeAttribute('accent');
      });
      await page.locator(`#senegal [data-testid="result-count"][data-count="${filtered({ origin: ['GH'] }).length}"]`).waitFor();
      assert.notEqual(await page.locator('#senegal .open-full').evaluate((link) => getComputedStyle(link).color), 'rgb(163, 50, 74)');

      // Taken off the page, an element's explorer unmounts; put back, it starts again.
      const remounted = await page.evaluate(async () => {
        const element = document.getElementById('remittances');
        const root = element.shadowRoot;
        element.remove();
        await new Promise((done) => setTimeout(done, 100));
        const emptied = root.querySelectorAll('[data-testid="result"]').length === 0;
        document.body.append(element);
        return emptied;
      });
      assert.equal(remounted, true, 'the removed element still holds its explorer');
      await page.locator(`#remittances [data-testid="result-count"][data-count="${remittancesCount}"]`).waitFor();
      assert.deepEqual(errors, []);

      // Last, as axe adds styles of its own that the partner's policy reports: axe, through the open shadow root, on the element (WCAG 2.2 AA and best practice).
      await page.evaluate(readFileSync(toolPath('axe-core/axe.min.js'), 'utf8'));
      const found = await page.evaluate(async () => {
        const result = await window.axe.run(
          { include: [['#senegal']] },
          { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        );
        return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
      });
      assert.deepEqual(found, []);

    } finally {
      await close();
    }
  });

  test("a partner's own programme list is validated; a bad one names the record and field and the bundled list stays", async () => {
    // A valid list: three of the catalogue's own records.
    const own = dataset.slice(0, 3);
    writeFileSync(join(partnerDir, 'programmes.json'), JSON.stringify(own));
    const broken = structuredClone(own);
    broken[1].official_url = 'javascript:alert(1)';
    writeFileSync(join(partnerDir, 'broken.json'), JSON.stringify(broken));
    const url = partnerPage(
      'own-data',
      `<diaspora-explorer id="own" src="programmes.json" lang="en"></diaspora-explorer>
       <diaspora-explorer id="broken" src="broken.json" lang="en"></diaspora-explorer>`,
    );
    const { page, errors, warnings, close } = await newPage(env.browser, url, { wait: false });
    try {
      await page.locator('#own [data-testid="result-count"][data-count="3"]').waitFor();
      const ids = await page.locator('#own [data-testid="result"]').evaluateAll((cards) => cards.map((card) => card.dataset.id));
      assert.deepEqual(ids.sort(), own.map((record) => record.id).sort());

      const notice = page.locator('#broken [data-testid="partner-data-error"]');
      await notice.waitFor();
      const text = await notice.textContent();
      assert.match(text, /broken\.json could not be used/);
      assert.ok(text.includes(own[1].id), text);
      assert.match(text, /official_url/);
      await page.locator(`#broken [data-testid="result-count"][data-count="${dataset.length}"]`).waitFor();
      assert.ok(warnings.some((warning) => warning.includes('official_url')), warnings.join('\n'));
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test("the hosted page takes ?data=; an unreachable list is reported and the bundled one shown", async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}?data=/no-such-list.json`);
    try {
      const notice = page.getByTestId('partner-data-error');
      await notice.waitFor();
      assert.match(await notice.textContent(), /no-such-list\.json could not be used.*HTTP 404/s);
      await page.locator(`[data-testid="result-count"][data-count="${dataset.length}"]`).waitFor();
      // The browser itself logs the failed request; nothing else went wrong.
      assert.ok(errors.every((error) => /404/.test(error)), errors.join('\n'));
    } finally {
      await close();
    }
  });
});
