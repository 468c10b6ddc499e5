// A programme's own page: opened from a card or by a link, every field of its record, its
// sources, related programmes, the way back to the results, copying its link, and printing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONCURRENCY, countryName, dataset, fold, isRegionCode, label, newPage, params, programmeOf, shownCount, start,
  typeQuery, waitForCount, organisation, organisationFullName,
} from './support.mjs';

const byId = new Map(dataset.map((record) => [record.id, record]));
const APP_NAME = 'Diaspora Programme Explorer';

/** The heading a programme's page shows: its title, and its acronym when the title lacks it. */
const heading = (r) => (r.acronym && !r.title.includes(r.acronym) ? `${r.title} (${r.acronym})` : r.title);

/** Countries as the page writes them: names joined by commas, "and others" for the marker. */
function countryList(codes) {
  const names = codes.filter((c) => c !== '*').map((c) => countryName(c));
  const many = codes.includes('*');
  if (!names.length) return many ? 'Many countries' : 'not specified';
  return many ? `${names.join(', ')} and others` : names.join(', ');
}

/** The programmes related to `record`, best first, as core/src/present/related.rs defines them. */
function related(record, limit = 6) {
  // Countries are shared; "many countries" and whole regions are not.
  const shared = (a, b) => new Set(a.filter((v) => v !== '*' && !isRegionCode(v) && b.includes(v))).size;
  const names = (r) => r.implementers.map((id) => organisation(id).group);
  const status = { ongoing: 0, unknown: 1, completed: 2 };
  // A family (part_of) is listed on its own, not among the related.
  const family = (other) => other.part_of === record.id || record.part_of === other.id;
  const scored = dataset
    .filter((other) => other.id !== record.id && !family(other))
    .map((other) => {
      const origins = shared(record.origin_countries, other.origin_countries);
      const residences = shared(record.residence_countries, other.residence_countries);
      const themes = shared(record.themes, other.themes);
      const score = origins + residences + themes === 0 ? 0
        : origins * 8 + themes * 2 + shared(names(record), names(other)) * 2 + residences
          + shared(record.support_types, other.support_types);
      return { other, score };
    })
    .filter(({ score }) => score > 0);
  scored.sort((a, b) => b.score - a.score
    || status[a.other.status] - status[b.other.status]
    || (b.other.start_year ?? -Infinity) - (a.other.start_year ?? -Infinity)
    || (fold(a.other.title) < fold(b.other.title) ? -1 : fold(a.other.title) > fold(b.other.title) ? 1 : 0)
    || (a.other.id < b.other.id ? -1 : 1));
  return scored.slice(0, limit).map(({ other }) => other);
}

// The record with the most optional fields filled in, official site first.
const richness = (r) => [r.official_url, r.funders?.length, r.partners?.length, r.original_title, r.acronym,
  r.end_year, r.sources.length > 1].filter(Boolean).length + (r.official_url ? 10 : 0);
const rich = [...dataset].sort((a, b) => richness(b) - richness(a))[0];

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('the programme page', { concurrency: CONCURRENCY }, () => {
  test('clicking a result title opens its page, titled and focused', async () => {
    const { page, errors, close } = await newPage(env.browser, env.url);
    const card = page.getByTestId('result').first();
    const record = byId.get(await card.getAttribute('data-id'));
    await card.getByTestId('result-title').getByRole('link').click();
    // A programme alone is its own page.
    await page.waitForURL(`${env.url}programmes/${record.id}/`);
    const h1 = page.locator('h1');
    assert.equal(await h1.count(), 1);
    assert.equal((await h1.innerText()).trim(), heading(record));
    await page.waitForFunction(() => document.activeElement?.id === 'programme-title');
    assert.equal(await page.title(), `${record.title} — ${APP_NAME}`);
    // The results are gone; the search box stays.
    assert.equal(await page.getByTestId('result').count(), 0);
    assert.equal(await page.getByRole('searchbox', { name: 'Search programmes' }).count(), 1);
    assert.deepEqual(errors, []);
    await close();
  });

  test(`every field of a record is on its page (${rich.id})`, async () => {
    const { page, errors, close } = await newPage(env.browser, `${env.url}?id=${rich.id}`);
    const article = page.locator('article.programme-page');
    const text = await article.innerText();
    const has = (expected, what) => assert.ok(text.includes(expected), `${what} "${expected}" missing from:\n${text}`);
    assert.equal((await page.locator('h1').innerText()).trim(), heading(rich));
    has(rich.summary, 'summary');
    if (rich.original_title) has(rich.original_title, 'original title');
    // Definitions: term → value.
    const details = new Map(await article.locator('dl.programme-details > div').evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('dt').innerText.trim(), row.querySelector('dd').innerText.trim()])));
    assert.equal(details.get('Countries of origin'), countryList(rich.origin_countries));
    assert.equal(details.get('Countries of residence'), countryList(rich.residence_countries));
    const organisations = (list) => list
      .map((id) => `${organisationFullName(id)} – ${label('organisation_types', organisation(id).type)}`).join(' · ');
    assert.equal(details.get('Run by'), organisations(rich.implementers));
    if (rich.funders?.length) assert.equal(details.get('Funded by'), organisations(rich.funders));
    if (rich.partners?.length) assert.equal(details.get('Partners'), organisations(rich.partners));
    assert.equal(details.get('Support'), rich.support_types.map((c) => label('support_types', c)).join(' · '));
    assert.equal(details.get('For'), rich.target_groups.map((c) => label('target_groups', c)).join(' · '));
    const themes = await article.locator('dl.programme-details .tag').allInnerTexts();
    assert.deepEqual(themes, rich.themes.map((c) => label('themes', c)));
    // Sources: external links that open in a new tab and tell the other site nothing.
    const sources = page.getByRole('region', { name: 'Sources' });
    for (const source of rich.sources) {
      const link = sources.locator(`a[href="${source.url}"]`);
      assert.equal(await link.count(), 1, `source ${source.url} is not linked`);
      assert.equal(await link.getAttribute('target'), '_blank');
      const rel = (await link.getAttribute('rel')).split(/\s+/);
      assert.ok(rel.includes('noopener') && rel.includes('noreferrer'), `rel="${rel.join(' ')}"`);
      assert.match(await link.innerText(), /opens in a new tab|↗/);
      has(`Supports: ${source.supports}`, 'what the source supports');
    }
    const official = article.getByRole('link', { name: /^Official website/ });
    if (rich.official_url) {
      assert.equal(await official.getAttribute('href'), rich.official_url);
      assert.equal(await official.getAttribute('target'), '_blank');
      assert.match(await official.getAttribute('rel'), /\bnoopener\b.*\bnoreferrer\b|\bnoreferrer\b.*\bnoopener\b/);
    } else {
      assert.equal(await official.count(), 0);
    }
    // The date written out in English: "28 November 2026".
    const [year, month, day] = rich.last_verified.split('-').map(Number);
    const written = new Date(Date.UTC(year, month - 1, day))
      .toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    has(`Last verified: ${written}`, 'last verified date');
    assert.equal(await article.locator('.last-verified time').getAttribute('datetime'), rich.last_verified);
    assert.deepEqual(errors, []);
    await close();
  });

  test('a record without an official site has no such link', async () => {
    const record = dataset.find((r) => !r.official_url);
    const { page, close } = await newPage(env.browser, `${env.url}?id=${record.id}`);
    await page.locator('#programme-title').waitFor();
    assert.equal(await page.getByRole('link', { name: /^Official website/ }).count(), 0);
    await close();
  });

  test('related programmes are listed, best first, and open their own page', async () => {
    const record = dataset.find((r) => related(r).length >= 3 && r.origin_countries.some((c) => c !== '*'));
    const expected = related(record);
    const { page, close } = await newPage(env.browser, `${env.url}?id=${record.id}`);
    const section = page.getByRole('region', { name: 'Related programmes' });
    const links = section.getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const ids = hrefs.map((href) => programmeOf(href, env.url));
    assert.deepEqual(ids, expected.map((r) => r.id));
    assert.deepEqual(await links.allInnerTexts(), expected.map((r) => r.title));
    // Each lists its countries of origin.
    const first = await section.locator('li').first().innerText();
    assert.ok(first.includes(countryList(expected[0].origin_countries).replace(/^not specified$/, '')), first);
    await links.first().click();
    await page.waitForURL(`${env.url}programmes/${expected[0].id}/`);
    assert.equal((await page.locator('h1').innerText()).trim(), heading(expected[0]));
    await page.waitForFunction(() => document.activeElement?.id === 'programme-title');
    await close();
  });

  test('a programme part of another links to it, and that one lists its members (part_of)', async () => {
    const members = dataset.filter((r) => r.part_of === 'tokten');
    assert.ok(members.some((r) => r.id === 'tokten-sudan'), 'TOKTEN Sudan is part of TOKTEN');
    const { page, close } = await newPage(env.browser, `${env.url}?id=tokten-sudan`);
    const head = page.getByRole('region', { name: 'Part of', exact: true });
    assert.deepEqual(await head.getByRole('link').allInnerTexts(), [byId.get('tokten').title]);
    assert.equal(await page.getByRole('region', { name: 'Programmes within it', exact: true }).count(), 0);
    // The family is not listed again among the related programmes.
    const relatedIds = (await page.getByRole('region', { name: 'Related programmes' }).getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((href) => programmeOf(href, env.url));
    assert.ok(!relatedIds.includes('tokten'), relatedIds.join());
    await head.getByRole('link').click();
    await page.waitForURL(`${env.url}programmes/tokten/`);
    const within = page.getByRole('region', { name: 'Programmes within it', exact: true });
    const hrefs = await within.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs.map((href) => programmeOf(href, env.url)), members.map((r) => r.id));
    assert.equal(await page.getByRole('region', { name: 'Part of', exact: true }).count(), 0, 'TOKTEN is part of nothing');
    await close();
  });

  test('a status resting on old evidence says its year, and each source the day it was read', async () => {
    const verifiedYear = (r) => Number(r.last_verified.slice(0, 4));
    const record = dataset.find((r) => r.status !== 'completed' && r.evidence_year
      && verifiedYear(r) - r.evidence_year > 2 && r.sources.every((s) => s.accessed));
    assert.ok(record, 'a record whose latest evidence is old');
    const { page, close } = await newPage(env.browser, `${env.url}?id=${record.id}`);
    const status = await page.locator('.programme-page .programme-status').innerText();
    assert.ok(status.endsWith(`${label('statuses', record.status)} (last confirmed ${record.evidence_year})`), status);
    const written = (iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      return new Date(Date.UTC(year, month - 1, day))
        .toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    };
    assert.deepEqual(await page.locator('.programme-sources .source-accessed').allInnerTexts(),
      record.sources.map((s) => `read on ${written(s.accessed)}`));
    // A page of the first release, read on a day nobody wrote down: the day by which it was read.
    const firstRelease = dataset.find((r) => r.sources.some((s) => s.accessed_before));
    assert.ok(firstRelease, 'a record with a page of the first release');
    await page.goto(`${env.url}?id=${firstRelease.id}`);
    await page.locator('.programme-sources .source-accessed').first().waitFor();
    assert.deepEqual(await page.locator('.programme-sources .source-accessed').allInnerTexts(),
      firstRelease.sources.map((s) => (s.accessed ? `read on ${written(s.accessed)}` : `read by ${written(s.accessed_before)}`)));
    // Recent evidence: the status alone.
    const recent = dataset.find((r) => r.status === 'ongoing' && r.evidence_year && verifiedYear(r) - r.evidence_year <= 2);
    await page.goto(`${env.url}?id=${recent.id}`);
    await page.locator('.programme-page .programme-status').waitFor();
    assert.ok(!(await page.locator('.programme-page .programme-status').innerText()).includes('last confirmed'));
    await close();
  });

  test('"Back to the results" returns to the same search, focused on the programme left', async () => {
    const { page, close } = await newPage(env.browser, env.url);
    await typeQuery(page, 'remittances');
    await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').dataset.count !== String(n), dataset.length);
    const total = await shownCount(page);
    const card = page.getByTestId('result').nth(1);
    const id = await card.getAttribute('data-id');
    await card.getByTestId('result-title').getByRole('link').click();
    await page.locator('#programme-title').waitFor();
    assert.equal(params(page).get('q'), 'remittances');
    await page.getByRole('link', { name: 'Back to the results' }).click();
    await waitForCount(page, total);
    assert.equal(params(page).get('id'), null);
    assert.equal(params(page).get('q'), 'remittances');
    assert.equal(await page.getByRole('searchbox', { name: 'Search programmes' }).inputValue(), 'remittances');
    await page.waitForFunction((id) => document.activeElement?.id === `programme-link-${id}`, id);
    await close();
  });

  test('a deep link ?id=mida opens that programme on a fresh page', async () => {
    const record = byId.get('mida') ?? dataset[0];
    const { page, errors, close } = await newPage(env.browser, `${env.url}?id=${record.id}`);
    assert.equal((await page.locator('h1').innerText()).trim(), heading(record));
    assert.equal(await page.title(), `${record.title} — ${APP_NAME}`);
    assert.ok((await page.locator('article.programme-page').innerText()).includes(record.summary));
    // The site's name links back to the start.
    assert.equal(await page.getByRole('link', { name: APP_NAME }).getAttribute('href'), './');
    assert.deepEqual(errors, []);
    await close();

    // An id the catalogue lacks (a removed programme) gets a page saying so, with the way back.
    const unknown = await newPage(env.browser, `${env.url}?id=no-such-programme`);
    await unknown.page.locator('.notice').waitFor();
    assert.match(await unknown.page.locator('.notice').innerText(), /not in the catalogue/);
    await unknown.page.getByRole('link', { name: 'Back to the results' }).click();
    await waitForCount(unknown.page, dataset.length);
    assert.deepEqual(unknown.errors, []);
    await unknown.close();
  });

  test('the browser\'s Back button leaves a programme opened from the results', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?theme=remittances`);
    const card = page.getByTestId('result').first();
    const id = await card.getAttribute('data-id');
    await card.getByTestId('result-title').getByRole('link').click();
    await page.locator('#programme-title').waitFor();
    await page.goBack();
    await page.getByTestId('result').first().waitFor();
    assert.equal(params(page).get('id'), null);
    assert.deepEqual(params(page).getAll('theme'), ['remittances']);
    await page.waitForFunction((id) => document.activeElement?.id === `programme-link-${id}`, id);
    await page.goForward();
    await page.locator('#programme-title').waitFor();
    assert.equal(params(page).get('id'), id);
    await close();
  });

  test('"Copy link" copies the programme\'s permanent link; the search has a link of its own', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?q=diaspora&theme=investment&id=mida`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const status = page.locator('.copy-outcome[role="status"]');
    const copiedAfter = async (name) => {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.getByRole('button', { name, exact: true }).click();
      await page.waitForFunction(() => document.querySelector('.copy-outcome')?.textContent === 'Link copied.');
      assert.equal(await status.innerText(), 'Link copied.');
      return page.evaluate(() => navigator.clipboard.readText());
    };
    // Clean: the programme alone, whatever the reader had searched.
    // Its own page: what a link preview shows, and what opens without JavaScript too.
    assert.equal(await copiedAfter('Copy link'), `${env.url}programmes/mida/`);
    assert.equal(await copiedAfter('Copy the link to this search'), page.url());
    await close();

    // With nothing searched there is only the one link.
    const plain = await newPage(env.browser, `${env.url}?id=mida`);
    assert.equal(await plain.page.getByRole('button', { name: 'Copy the link to this search' }).count(), 0);
    await plain.close();
  });

  test('printing hides the search box, the filters and the page controls', async () => {
    const { page, close } = await newPage(env.browser, `${env.url}?theme=remittances`);
    const search = page.getByRole('searchbox', { name: 'Search programmes' });
    const filters = page.locator('aside#filters');
    assert.ok(await search.isVisible());
    assert.ok(await filters.isVisible());
    await page.emulateMedia({ media: 'print' });
    assert.equal(await search.isVisible(), false, 'the search box is printed');
    assert.equal(await filters.isVisible(), false, 'the filters are printed');
    assert.ok(await page.getByTestId('result').first().isVisible(), 'the results are printed');

    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('result-title').first().getByRole('link').click();
    await page.locator('#programme-title').waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await search.isVisible(), false);
    assert.equal(await page.getByRole('link', { name: 'Back to the results' }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).isVisible(), false);
    assert.ok(await page.locator('#programme-title').isVisible());
    assert.ok(await page.getByRole('region', { name: 'Sources' }).isVisible());
    await close();
  });
});
