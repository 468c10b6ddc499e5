// Downloads of the current result set: every result on every page, not only those on screen,
// as CSV for spreadsheets (BOM, CRLF, a header row) and as JSON records of the dataset.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  allResultIds, CONCURRENCY, countryName, dataset, facetCounts, filtered, label, newPage,
  PAGE_SIZE, start, titleOrder, waitForCount, organisation,
} from './support.mjs';

// The columns of core/src/present/export.rs (CSV_COLUMNS): a stable interface for programs.
const CSV_COLUMNS = [
  'id', 'title', 'acronym', 'original_title', 'summary', 'origin_countries', 'residence_countries',
  'regions', 'implementers', 'funders', 'partners', 'themes', 'support_types', 'target_groups',
  'start_year', 'end_year', 'status', 'official_url', 'sources', 'last_verified',
];

// A theme with more results than fit on one page, so that "every page" is put to the test.
const [bigTheme] = [...facetCounts('theme', {})].sort((a, b) => b[1] - a[1])
  .find(([, n]) => n > PAGE_SIZE) ?? [null];
const query = bigTheme ? `?theme=${bigTheme}` : '';
const expected = bigTheme ? filtered({ theme: [bigTheme] }) : dataset;
const byId = new Map(dataset.map((record) => [record.id, record]));

/** Parses RFC 4180 CSV (CRLF records, quoted fields with doubled quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else if (c === '\n' || c === '\r') throw new Error(`a bare line break at ${i}, outside quotes`);
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** Clicks a download button; resolves to the file's name and text. */
async function download(page, name, group = 'Download these results') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: group }).getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('export', { concurrency: CONCURRENCY }, () => {
  test(`CSV holds one row per result of every page (${query || 'no filter'})`, async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}${query}`);
    await waitForCount(page, expected.length);
    const { name, text } = await download(page, 'CSV');
    assert.equal(name, 'diaspora-programmes.csv');
    assert.ok(text.startsWith('\uFEFF'), 'the file starts with a byte order mark');
    assert.ok(text.endsWith('\r\n'));
    const rows = parseCsv(text.slice(1));
    assert.deepEqual(rows[0], CSV_COLUMNS);
    const records = rows.slice(1);
    assert.equal(records.length, expected.length, `${records.length} rows for ${expected.length} results`);
    assert.ok(records.every((r) => r.length === CSV_COLUMNS.length), 'every row has every column');
    // The rows are the result set, in its order.
    const ids = await allResultIds(page);
    assert.deepEqual(records.map((r) => r[0]), ids);
    // Cells are readable: names, not codes, in the interface language.
    const column = (row, name) => row[CSV_COLUMNS.indexOf(name)];
    for (const row of records) {
      const record = byId.get(row[0]);
      assert.equal(column(row, 'title'), record.title);
      assert.equal(column(row, 'summary'), record.summary);
      assert.equal(column(row, 'themes'), record.themes.map((c) => label('themes', c)).join('; '));
      assert.equal(column(row, 'start_year'), record.start_year == null ? '' : String(record.start_year));
      assert.equal(column(row, 'status'), label('statuses', record.status));
      assert.equal(column(row, 'implementers'), record.implementers.map((id) => organisation(id).name).join('; '));
      assert.equal(column(row, 'origin_countries'), record.origin_countries
        .map((c) => (c === '*' ? 'Many countries' : countryName(c))).join('; '));
      assert.equal(column(row, 'sources'), record.sources.map((s) => s.url).join(' '));
      assert.equal(column(row, 'last_verified'), record.last_verified);
    }
    assert.deepEqual(errors, []);
    await close();
  });

  test('CSV without a filter has every programme', { skip: !bigTheme }, async () => {
    const { page, close } = await newPage(env.browser, env.url);
    const { text } = await download(page, 'CSV');
    const ids = parseCsv(text.slice(1)).slice(1).map((r) => r[0]);
    assert.deepEqual([...ids].sort(), dataset.map((r) => r.id).sort());
    await close();
  });

  test('JSON holds the dataset records of the result set, in its order', async () => {
    // Sorted by title, so that the order is known from the dataset too.
    const { page, errors, close } = await newPage(env.browser, `${env.url}${query}${query ? '&' : '?'}sort=title`);
    await waitForCount(page, expected.length);
    const { name, text } = await download(page, 'JSON');
    assert.equal(name, 'diaspora-programmes.json');
    const records = JSON.parse(text);
    assert.ok(Array.isArray(records));
    const ids = records.map((r) => r.id);
    assert.deepEqual(ids, await allResultIds(page));
    assert.deepEqual(ids, titleOrder(expected).map((r) => r.id));
    // The records as the dataset has them (absent optional fields read as null or empty).
    const normalise = (record) => Object.fromEntries(Object.entries(record)
      .filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0)));
    for (const record of records) assert.deepEqual(normalise(record), normalise(byId.get(record.id)));
    assert.ok(records.every((r) => !('regions' in r)), 'derived regions are left out');
    assert.deepEqual(errors, []);
    await close();
  });

  test('exports follow the search words too, and the language of the interface', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?q=senegal&lang=fr`);
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="result-count"]').dataset.count) < n, dataset.length);
    const ids = await allResultIds(page);
    const { text } = await download(page, 'CSV', 'Télécharger ces résultats');
    const rows = parseCsv(text.slice(1));
    assert.deepEqual(rows[0], CSV_COLUMNS, 'the header stays in English');
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ids);
    const withSenegal = rows.slice(1).find((r) => byId.get(r[0]).origin_countries.includes('SN'));
    assert.ok(withSenegal[CSV_COLUMNS.indexOf('origin_countries')].includes('Sénégal'));
    const record = byId.get(withSenegal[0]);
    if (record.summary_fr) assert.equal(withSenegal[CSV_COLUMNS.indexOf('summary')], record.summary_fr);
    await close();
  });
});
