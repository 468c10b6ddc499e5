// Accessibility: axe-core finds no WCAG 2.2 AA or best-practice violation on the main views,
// light and dark; a keyboard-only journey works from the first Tab to a programme and back,
// with a visible focus at every stop; the phone's filter drawer opens, closes on Escape and
// gives focus back.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  appReady, CONCURRENCY, dataset, facetValues, filtered, label, newPage, params, searchableText, start,
  toolPath, waitForCount, waitForCountsSettled,
} from './support.mjs';

const AXE = toolPath('axe-core/axe.min.js');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// A filtered search with results and marked words: the most common origin among the
// programmes on remittances that mention the diaspora.
const origin = (() => {
  const counts = new Map();
  for (const r of filtered({ theme: ['remittances'] }).filter((r) => searchableText(r).includes('diaspora'))) {
    for (const code of facetValues(r, 'origin')) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
})();

// Each view once in light and once in dark; together they show every kind of element: facets,
// chips, cards with marks, page links, the no-results help, a programme page.
const VIEWS = [
  ['the start page', ''],
  ['a filtered search', `?q=diaspora&theme=remittances&origin=${origin}`],
  ['a page without results', '?q=qqqxxzz&theme=remittances'],
  ['a programme page', '?id=mida'],
  ['an embed with locked filters', `?embed=1&lock=1&lang=fr&q=diaspora&origin=${origin}`],
  ['a programme page in an embed', '?embed=1&id=mida'],
];

/** Runs axe on the page; resolves to its violations, one readable line per node. */
async function violations(page) {
  // Evaluated rather than added as a <script>: the page's Content-Security-Policy (rightly)
  // refuses inline scripts, and axe must check the page as it really runs.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate((rules) => window.axe.run(document, { runOnly: rules }), RULES);
  return result.violations.flatMap((v) => v.nodes.map((node) =>
    `${v.id} (${v.impact}) ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`));
}

/** The focused element, and whether it shows a focus outline. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
      id: element.id,
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role'),
      type: element.getAttribute('type'),
      href: element.getAttribute('href'),
      text: element.textContent.trim(),
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      testid: element.closest('[data-testid]')?.dataset.testid,
      card: element.closest('[data-testid="result"]')?.dataset.id,
    };
  });
}

/** Asserts that the focused element shows where focus is. */
async function assertFocusVisible(page, what) {
  const now = await focused(page);
  assert.ok(now.focusVisible && now.outline, `${what} has no visible focus: ${JSON.stringify(now)}`);
  return now;
}

/** Presses Tab until `predicate(focused)` holds, at most `limit` times. */
async function tabUntil(page, predicate, limit, key = 'Tab') {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (predicate(now)) return { now, presses: i + 1 };
  }
  throw new Error(`${limit} presses of ${key} did not reach the element`);
}

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('accessibility', { concurrency: CONCURRENCY }, () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation on the main views (${colorScheme})`, async () => {
      const found = [];
      const { page, errors, close } = await newPage(env.browser, env.url, { colorScheme });
      for (const [name, query] of VIEWS) {
        await page.goto(`${env.url}${query}`);
        await appReady(page);
        if (query.includes('origin=')) {
          assert.ok((await page.getByTestId('result').count()) > 0, `${name} has results`);
          assert.ok((await page.locator('[data-testid="result"] mark').count()) > 0, `${name} has marks`);
        }
        found.push(...(await violations(page)).map((line) => `${name}: ${line}`));
      }
      assert.deepEqual(errors, []);
      await close();
      assert.deepEqual(found, [], `axe violations:\n${found.join('\n')}`);
    });
  }

  test('axe finds no violation in the phone filter drawer (light and dark)', async () => {
    const found = [];
    for (const colorScheme of ['light', 'dark']) {
      const { page, close } = await newPage(env.browser, `${env.url}?theme=remittances`, {
        colorScheme, viewport: { width: 390, height: 844 },
      });
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.locator('aside#filters').waitFor({ state: 'visible' });
      found.push(...(await violations(page)).map((line) => `${colorScheme}: ${line}`));
      await close();
    }
    assert.deepEqual(found, [], `axe violations:\n${found.join('\n')}`);
  });

  test('keyboard only: skip link, search, a filter, a programme and back, focus always visible', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    // The first stop is the skip link, then (after the language buttons) the search box.
    await page.keyboard.press('Tab');
    const skip = await assertFocusVisible(page, 'the skip link');
    assert.equal(skip.href, '#results');
    const { now: search, presses } = await tabUntil(page, (f) => f.id === 'search-input', 4);
    assert.ok(presses <= 3, `${presses} Tabs from the skip link to the search box`);
    assert.equal(search.type, 'search');
    await assertFocusVisible(page, 'the search box');
    await page.keyboard.type('remittances', { delay: 20 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'remittances');
    await waitForCountsSettled(page);

    // Onwards to the first checkbox of the first facet; Space ticks it.
    const { now: checkbox } = await tabUntil(page, (f) => f.type === 'checkbox', 5);
    await assertFocusVisible(page, 'a facet checkbox');
    const value = (await page.evaluate(() => document.activeElement.closest('label')
      .querySelector('.facet-value-label').textContent));
    const count = Number(await page.evaluate(() => document.activeElement.closest('label')
      .querySelector('.facet-count').textContent));
    const theme = [...new Set(dataset.flatMap((r) => r.themes))].find((c) => label('themes', c) === value);
    assert.ok(theme, `the first checkbox is a theme ("${value}")`);
    assert.ok(checkbox);
    await page.keyboard.press('Space');
    await waitForCount(page, count);
    assert.deepEqual(params(page).getAll('theme'), [theme]);
    assert.equal(await page.evaluate(() => document.activeElement.checked), true, 'focus stays on the ticked box');
    const cards = await page.getByTestId('result').evaluateAll((cs) => cs.map((c) => c.dataset.id));
    assert.ok(cards.every((id) => dataset.find((r) => r.id === id).themes.includes(theme)));

    // Onwards to the first result's title; Enter opens the programme.
    const { now: link } = await tabUntil(page, (f) => f.testid === 'result-title' && f.tag === 'a', 200);
    await assertFocusVisible(page, 'a result title');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('id') === id, link.card);
    await page.waitForFunction(() => document.activeElement?.id === 'programme-title');
    const title = (await page.locator('#programme-title').innerText()).trim();
    assert.ok(title.startsWith(dataset.find((r) => r.id === link.card).title), title);

    // "Back to the results" is just before the title.
    const { now: back } = await tabUntil(page, (f) => f.tag === 'a' && f.text.includes('Back to the results'), 2, 'Shift+Tab');
    assert.ok(back);
    await assertFocusVisible(page, '"Back to the results"');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('id'));
    await waitForCount(page, count);
    assert.equal(params(page).get('q'), 'remittances');
    await page.waitForFunction((id) => document.activeElement?.id === `programme-link-${id}`, link.card);
    await assertFocusVisible(page, 'the programme\'s link, back in the results');
    assert.deepEqual(errors, []);
    await close();
  });

  test('on a phone, "Filters" opens the drawer and moves focus into it; Escape closes it at once', async () => {
    const { page, close } = await newPage(env.browser, env.url, { viewport: { width: 390, height: 844 } });
    const drawer = page.locator('aside#filters');
    const button = page.getByRole('button', { name: 'Filters', exact: true });
    assert.equal(await drawer.isVisible(), false, 'the filters are hidden on a phone');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await drawer.waitFor({ state: 'visible' });
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    // The drawer covers the screen.
    const box = await drawer.boundingBox();
    assert.ok(box.width >= 389 && box.x <= 1, JSON.stringify(box));
    // Focus goes into the drawer (its heading), not left on the button now hidden behind it.
    await page.waitForFunction(() => document.activeElement?.id === 'filters-heading', null, { timeout: 2000 })
      .catch(() => {});
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'filters-heading',
      'focus did not move into the opened drawer');
    // Tab cycles within the drawer, which covers the page: back from its heading to its last
    // field, and on from there to its first control.
    const inDrawer = () => page.evaluate(() => ({
      inside: Boolean(document.activeElement?.closest('#filters')),
      label: document.activeElement?.closest('label')?.textContent.trim() ?? document.activeElement?.textContent.trim(),
    }));
    await page.keyboard.press('Shift+Tab');
    const last = await inDrawer();
    assert.ok(last.inside, `Shift+Tab left the drawer: ${JSON.stringify(last)}`);
    assert.match(last.label, /^Show the results/, 'the foot\'s button is the last control');
    await page.keyboard.press('Tab');
    const first = await inDrawer();
    assert.ok(first.inside);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Close the filters');
    assert.equal(await page.locator('.results').getAttribute('inert'), '');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden', timeout: 2000 });
    await page.waitForFunction(() => document.activeElement?.id === 'open-filters', null, { timeout: 2000 });
    await close();
  });

  test('on a phone, Escape inside the drawer closes it and focus returns to "Filters"; so does its close button', async () => {
    const { page, close } = await newPage(env.browser, env.url, { viewport: { width: 390, height: 844 } });
    const drawer = page.locator('aside#filters');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await drawer.waitFor({ state: 'visible' });
    // A filter ticked inside the drawer applies, and the close button gives the new count.
    await page.getByRole('group', { name: 'Theme', exact: true }).getByText('Entrepreneurship', { exact: true }).click();
    const count = filtered({ theme: ['entrepreneurship'] }).length;
    await waitForCount(page, count);
    assert.ok(await page.getByRole('button', { name: `Show the results (${count})` }).isVisible());
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.id === 'open-filters', null, { timeout: 2000 });
    await assertFocusVisible(page, 'the Filters button after Escape');
    const button = page.getByRole('button', { name: 'Filters (1)' });
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.click();
    await drawer.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: `Show the results (${count})` }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.id === 'open-filters', null, { timeout: 2000 });
    await close();
  });
});
