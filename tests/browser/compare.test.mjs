// Comparing programmes: ticking cards, the tray, the side-by-side page (`compare=`), its
// differences, CSV and print, a shared link with an unknown id, the limit of four, and axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appReady, CONCURRENCY, dataset, newPage, params, shownIds, start, toolPath } from './support.mjs';

const AXE = toolPath('axe-core/axe.min.js');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const byId = new Map(dataset.map((record) => [record.id, record]));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

const tick = (page, id) => page.locator(`[data-testid="result"][data-id="${id}"] .compare-tick input`);

/** The comparison's table: its column titles, and each row as [field, ...values, differs]. */
async function table(page) {
  return page.getByTestId('compare-page').evaluate((article) => ({
    columns: [...article.querySelectorAll('thead th')].slice(1).map((th) => th.textContent),
    rows: [...article.querySelectorAll('tbody tr')].map((tr) => ({
      field: tr.querySelector('th').firstChild.textContent,
      values: [...tr.querySelectorAll('td')].map((td) => td.textContent),
      differs: tr.classList.contains('differs'),
      hidden: tr.hidden,
    })),
  }));
}

describe('comparing programmes', { concurrency: CONCURRENCY }, () => {
  test('ticking two cards and "Compare them" opens them side by side, with differences marked', async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}?q=diaspora+investment`);
    const [a, b] = (await shownIds(page)).slice(0, 2);
    const tray = page.getByTestId('compare-tray');
    assert.equal(await tray.isHidden(), true);
    await tick(page, a).check();
    await tray.getByText('1 programme chosen to compare').waitFor();
    assert.equal(await tray.getByRole('button', { name: 'Compare them' }).isDisabled(), true);
    await tick(page, b).check();
    await tray.getByText('2 programmes chosen to compare').waitFor();
    await tray.getByRole('button', { name: 'Compare them' }).click();
    assert.equal(params(page).get('compare'), `${a},${b}`);
    await page.getByRole('heading', { level: 1, name: '2 programmes side by side' }).waitFor();
    // Focus moves to the comparison's title, and the document's title says what it is.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'compare-title');
    assert.match(await page.title(), /^2 programmes side by side — /);
    const { columns, rows } = await table(page);
    assert.deepEqual(columns, [byId.get(a).title, byId.get(b).title]);
    const start = rows.find((row) => row.field === 'Years');
    const years = (r) => (r.start_year && r.end_year ? (r.start_year === r.end_year ? `${r.start_year}` : `${r.start_year}–${r.end_year}`)
      : r.start_year ? `since ${r.start_year}` : r.end_year ? `until ${r.end_year}` : '—');
    if (start) assert.deepEqual(start.values, [years(byId.get(a)), years(byId.get(b))]);
    for (const row of rows) {
      assert.equal(row.values.length, 2);
      assert.equal(row.differs, row.values[0] !== row.values[1], row.field);
    }
    // Only the differences.
    await page.getByLabel('Show only the fields that differ').check();
    for (const row of (await table(page)).rows) assert.equal(row.hidden, !row.differs, row.field);
    // Downloads as CSV: a row per field, a column per programme.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the comparison (CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\r\n');
    assert.equal(csv[0], `field,${a},${b}`);
    assert.equal(csv.length, 1 + 1 + rows.length, 'header, the titles, then the table rows');
    // Printing leaves the controls out.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.compare-controls').isVisible(), false);
    assert.equal(await page.locator('.compare-table').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
    // Back to the results, with the ticks kept.
    await page.getByRole('link', { name: 'Back to the results' }).click();
    await page.getByTestId('result').first().waitFor();
    assert.equal(params(page).get('compare'), null);
    assert.equal(await tick(page, a).isChecked(), true);
    assert.deepEqual(errors, []);
    await close();
  });

  test('a shared link opens the comparison; an unknown id is left out with a warning', async () => {
    const { page, errors, warnings, close } = await newPage(env.browser, `${env.url}?compare=faise,nope,paisd`);
    await page.getByTestId('compare-page').waitFor();
    assert.deepEqual((await table(page)).columns, [byId.get('faise').title, byId.get('paisd').title]);
    assert.ok(warnings.some((w) => w.includes('compare=nope') && w.includes('unknown programme')), warnings.join('\n'));
    // One known programme is no comparison: the results show.
    await page.goto(`${env.url}?compare=nope,mida`);
    await appReady(page);
    await page.getByTestId('result').first().waitFor();
    assert.equal(await page.getByTestId('compare-page').count(), 0);
    assert.deepEqual(errors, []);
    await close();
  });

  test('at most four can be ticked, from cards or programme pages', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    const ids = (await shownIds(page)).slice(0, 5);
    for (const id of ids.slice(0, 4)) await tick(page, id).check();
    await page.getByTestId('compare-tray').getByText('At most 4 programmes can be compared at once.').waitFor();
    assert.equal(await tick(page, ids[4]).isDisabled(), true);
    await tick(page, ids[0]).uncheck();
    assert.equal(await tick(page, ids[4]).isDisabled(), false);
    // A programme's page has the tick and the tray too.
    await page.locator(`[data-testid="result"][data-id="${ids[4]}"] h3 a`).click();
    await page.locator('#programme-title').waitFor();
    await page.locator('.programme-compare .compare-tick input').check();
    await page.locator('.programme-compare').getByRole('button', { name: 'Compare them' }).click();
    assert.deepEqual(params(page).get('compare').split(','), [...ids.slice(1, 4), ids[4]]);
    await page.getByTestId('compare-page').waitFor();
    assert.equal((await table(page)).columns.length, 4);
    await close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation on the comparison (${colorScheme})`, async () => {
      const { page, close } = await newPage(env.browser, `${env.url}?compare=faise,paisd,mida&lang=fr`, { colorScheme });
      await page.getByTestId('compare-page').waitFor();
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const result = await page.evaluate((rules) => window.axe.run(document, { runOnly: rules }), RULES);
      const found = result.violations.flatMap((v) => v.nodes.map((node) => `${v.id} ${node.target.join(' ')}: ${node.failureSummary}`));
      await close();
      assert.deepEqual(found, []);
    });
  }
});
