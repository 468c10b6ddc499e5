// Shared set-up for the browser tests: the release build in dist/ served on loopback, and
// Debian's Chromium driven by playwright-core (installed into .tools/ by scripts/setup.sh);
// plus the dataset the build was made from, and what the app should show for it, computed
// here independently of the app so that the tests compare the page against the data.
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../static-server.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(new URL('.tools/', `file://${root}`));
const { chromium } = require('playwright-core');

export const distDir = `${root}dist`;
/** The build of tests/fixtures/hostile/programmes.json (`make dist-hostile`). */
export const hostileDistDir = `${root}tests/out/dist-hostile`;
/** Where `toolPath('axe-core/axe.min.js')` and friends live. */
export const toolPath = (path) => `${root}.tools/node_modules/${path}`;

/** Cards on one page of results (PAGE_SIZE in src/explorer.rs). */
export const PAGE_SIZE = 24;

/** Serves `dir` (the release build by default) and starts the browser; call `stop()` when done. */
export async function start(dir = distDir) {
  // A missing build would otherwise show up as a page that never renders.
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`${dir} holds no build: run \`make ${dir === hostileDistDir ? 'dist-hostile' : 'dist'}\` first`);
  }
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * A partner's site on a second loopback origin: a fresh directory (`dir`, write its pages
 * there) served at `url`; `stop()` closes it and deletes the directory.
 */
export async function startPartnerSite() {
  const dir = mkdtempSync(join(tmpdir(), 'diaspora-partner-'));
  const { server, url } = await serve(dir);
  return {
    dir,
    url,
    async stop() {
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Writes `name.html` into a partner `site` (from `startPartnerSite`): a page under the
 * Content-Security-Policy README.md gives partners, loading `embed.js` from the explorer at
 * `appUrl`, with `head` added to its <head> and `body` after its heading. Returns its URL.
 */
export function writePartnerPage(site, appUrl, name, { head = '', body }) {
  const app = new URL(appUrl).origin;
  writeFileSync(
    join(site.dir, `${name}.html`),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${app} 'wasm-unsafe-eval'; style-src 'self' ${app}; connect-src 'self' ${app}; frame-src ${app}; img-src 'self'" />
    <title>Partner association</title>${head}
  </head>
  <body>
    <h1>Partner association</h1>
    ${body}
    <script src="${app}/embed.js"></script>
  </body>
</html>`,
  );
  return `${site.url}${name}.html`;
}

/** Records console errors and uncaught exceptions (`errors`) and console warnings (`warnings`). */
function watchConsole(page) {
  const errors = [];
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { errors, warnings };
}

/** Opens a page that fails the test on any console error or uncaught exception. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const { errors } = watchConsole(page);
  await page.goto(url);
  return { page, errors };
}

/**
 * Opens `url` in a fresh browser context of its own (English unless `locale` says otherwise,
 * light unless `colorScheme: 'dark'`), and waits until the app has rendered. Resolves to
 * `{ page, context, errors, warnings, close }`: `errors` collects console errors and uncaught
 * exceptions, `warnings` console warnings.
 */
export async function newPage(
  browser,
  url,
  { locale = 'en-GB', colorScheme = 'light', viewport = { width: 1280, height: 900 }, permissions, wait = true } = {},
) {
  const context = await browser.newContext({
    locale,
    colorScheme,
    viewport,
    reducedMotion: 'reduce',
    ...(permissions ? { permissions } : {}),
  });
  // Everything here answers within milliseconds; a failing wait should not take 30 s.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const { errors, warnings } = watchConsole(page);
  await page.goto(url);
  if (wait) await appReady(page);
  return { page, context, errors, warnings, close: () => context.close() };
}

/**
 * Waits until the app has mounted: the page's static views (`#prerendered`, shown before the
 * app runs) are gone, and the results' count or a programme page is on screen.
 */
export async function appReady(page) {
  await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 30_000 });
  await page.locator('[data-testid="result-count"], #programme-title, .programme-page, .about-page, .compare-page, .notice').first().waitFor();
}

// --- The dataset -----------------------------------------------------------------------------

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const datasetPath = process.env.DIASPORA_DATA || `${root}data/programmes.json`;
/** The dataset the release build was made from (make dist DATA=… sets DIASPORA_DATA). */
export const dataset = readJson(datasetPath);

/**
 * The organisations file a dataset's ids refer to, found as build.rs finds it
 * (core/src/data/catalogue.rs, organisations_file_for): `<name>.organisations.json` beside the
 * dataset, else `organisations.json` in its folder, else data/organisations.json. A map id → entry, each with its `group`
 * (the id the implementer filter offers: its parent's for an office).
 */
export function organisationsFor(path) {
  const own = path.replace(/\.json$/, '.organisations.json');
  const file = [own, join(path, '..', 'organisations.json')].find((candidate) => existsSync(candidate))
    ?? `${root}data/organisations.json`;
  const entries = readJson(file).organisations;
  return new Map(entries.map((entry) => [entry.id, { ...entry, group: entry.part_of ?? entry.id }]));
}
/** The dataset's organisations by id. */
export const organisations = organisationsFor(datasetPath);
/** The organisation of `id` in the dataset's organisations file. */
export const organisation = (id, registry = organisations) => {
  const entry = registry.get(id);
  if (!entry) throw new Error(`no organisation ${id}`);
  return entry;
};
/** How a card names an organisation: its acronym in `lang` (or the other's), else its name. */
export const organisationLabel = (id, lang = 'en', registry = organisations) => {
  const { acronyms = {}, name } = organisation(id, registry);
  return (lang === 'fr' ? acronyms.fr ?? acronyms.en : acronyms.en ?? acronyms.fr) ?? name;
};
/** How a programme page names one in full: "Name (ACR)", the acronym in `lang`. */
export const organisationFullName = (id, lang = 'en', registry = organisations) => {
  const { name } = organisation(id, registry);
  const label = organisationLabel(id, lang, registry);
  return label === name || name.includes(label) ? name : `${name} (${label})`;
};
/** Every name search finds organisation `id` by: its own, then its parent's. */
export const organisationNames = (id, registry = organisations) => {
  const entry = organisation(id, registry);
  const names = (e) => [e.name, e.acronyms?.en, e.acronyms?.fr, ...(e.other_names ?? [])].filter(Boolean);
  return [...names(entry), ...(entry.part_of ? names(organisation(entry.part_of, registry)) : [])];
};
export const countries = readJson(`${root}data/countries.json`);
export const vocabularies = readJson(`${root}data/vocabularies.json`);
/** The search's meanings (data/concepts.json): words that find each other. */
export const concepts = readJson(`${root}data/concepts.json`).concepts;

/** The words of one concept's terms, folded: "money", "transfer", "envoi", "argent"… */
export function conceptWords(id) {
  const concept = concepts.find((c) => c.id === id);
  return [...concept.en, ...concept.fr].flatMap((term) => fold(term).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2);
}

/** The terms of one concept, each as a pattern over folded text: its words in order, each
 * with any ending (the search matches inflections), short words or elisions allowed between
 * them ("transfert de fonds", "envoi d'argent"). */
export function conceptPatterns(id) {
  const concept = concepts.find((c) => c.id === id);
  const word = (w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}*`;
  return [...concept.en, ...concept.fr].map((term) =>
    fold(term).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(word).join("[\\s'-]+(?:\\p{L}{1,3}[\\s'-]+)?"));
}

const countryByCode = new Map(countries.countries.map((country) => [country.code, country]));
const regionByCode = new Map(countries.regions.map((region) => [region.code, region]));

/** Whether a code of a record's country list is a UN M49 region's (a whole region covered). */
export const isRegionCode = (code) => /^[0-9]{3}$/.test(code);

/** A country's name in `lang` ('en' or 'fr'), or a region's for a region code. */
export const countryName = (code, lang = 'en') => (countryByCode.get(code) ?? regionByCode.get(code))[lang];

/** A vocabulary label: `label('themes', 'remittances', 'fr')` = "Transferts de fonds". */
export function label(vocabulary, code, lang = 'en') {
  const term = vocabularies[vocabulary].find((t) => t.code === code);
  return term ? term[lang] : code;
}

/** The M49 regions of a record's countries and regions (what build.rs derives). */
function regionsOf(record) {
  const regions = new Set();
  for (const code of [...record.origin_countries, ...record.residence_countries]) {
    // A whole region named, with the regions containing it.
    for (let region = regionByCode.get(code); region; region = regionByCode.get(region.parent)) {
      regions.add(region.code);
    }
    const country = countryByCode.get(code);
    if (!country) continue;
    for (const region of [country.region, country.subregion, country.intermediate_region]) {
      if (region && regionByCode.has(region)) regions.add(region);
    }
  }
  return [...regions];
}

/** The values a record has in a facet, keyed as in the URL (see core/src/search/facets.rs). */
export function facetValues(record, facet) {
  const notMany = (codes) => codes.filter((code) => code !== '*' && !isRegionCode(code));
  switch (facet) {
    case 'origin': return notMany(record.origin_countries);
    case 'residence': return notMany(record.residence_countries);
    case 'region': return regionsOf(record);
    case 'theme': return record.themes;
    case 'support': return record.support_types;
    case 'target': return record.target_groups;
    case 'org_type': return [...new Set(record.implementers.map((id) => organisation(id).type))];
    case 'org': return [...new Set(record.implementers.map((id) => organisation(id).group))];
    case 'taking_part': return [
      ...(record.status === 'ongoing' && record.taking_part?.open_to_applications === true ? ['open'] : []),
      ...(record.taking_part ? ['described'] : []),
    ];
    case 'status': return [record.status];
    default: throw new Error(`unknown facet ${facet}`);
  }
}

/**
 * Whether a record passes `filters`: `{ theme: ['remittances'], origin: ['SN'], from: 2000,
 * to: 2010 }`. Values of one facet combine with OR, facets with AND; a year bound leaves out
 * records without a start year.
 */
export function passes(record, filters) {
  for (const [facet, values] of Object.entries(filters)) {
    if (facet === 'from' || facet === 'to') continue;
    if (values.length && !facetValues(record, facet).some((v) => values.includes(v))) return false;
  }
  if (filters.from != null || filters.to != null) {
    if (record.start_year == null) return false;
    if (filters.from != null && record.start_year < filters.from) return false;
    if (filters.to != null && record.start_year > filters.to) return false;
  }
  return true;
}

/** The records that pass `filters` (no search words). */
export const filtered = (filters) => dataset.filter((record) => passes(record, filters));

/**
 * The disjunctive counts of `facet` under `filters`: each value's number of records among those
 * passing every filter but the facet's own. A Map of value → count, zero counts left out.
 */
export function facetCounts(facet, filters) {
  const others = { ...filters };
  delete others[facet];
  const counts = new Map();
  for (const record of filtered(others)) {
    for (const value of facetValues(record, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Lower case without accents, for comparisons that should not depend on either. */
export const fold = (text) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'");

/** Everything of a record the search indexes, folded: titles, summaries, names and labels. */
export function searchableText(record) {
  const parts = [
    record.title, record.acronym, record.original_title, record.summary, record.summary_fr,
    ...[...record.implementers, ...record.funders ?? [], ...record.partners ?? []].flatMap((id) => organisationNames(id)),
    ...[...record.origin_countries, ...record.residence_countries]
      .filter((code) => countryByCode.has(code))
      .flatMap((code) => [countryName(code, 'en'), countryName(code, 'fr')]),
    ...record.themes.flatMap((code) => [label('themes', code, 'en'), label('themes', code, 'fr')]),
    ...record.support_types.flatMap((code) => [label('support_types', code, 'en'), label('support_types', code, 'fr')]),
    ...record.target_groups.flatMap((code) => [label('target_groups', code, 'en'), label('target_groups', code, 'fr')]),
  ];
  return fold(parts.filter(Boolean).join(' \n '));
}

// --- Reading the page ------------------------------------------------------------------------

/** The ids of the cards on screen, in order. */
export async function shownIds(page) {
  return page.locator('[data-testid="result"]:not(#prerendered *)').evaluateAll((cards) => cards.map((card) => card.dataset.id));
}

/** The number of results the count announces (`data-count`). */
export async function shownCount(page) {
  return Number(await page.locator('[data-testid="result-count"]:not(#prerendered *)').getAttribute('data-count'));
}

/** Waits until the counts have followed the typing (they wait for it to pause: `aria-busy`). */
export async function waitForCountsSettled(page) {
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]:not(#prerendered *)')?.getAttribute('aria-busy') !== 'true');
}

/** Waits until the count says `count`. */
export async function waitForCount(page, count) {
  await page.waitForFunction(
    (count) => document.querySelector('[data-testid="result-count"]:not(#prerendered *)')?.dataset.count === String(count),
    count,
  );
}

/**
 * The ids of every result, all pages, in order: follows the "Next" link of the "Result pages"
 * navigation until there is none. Leaves the page on the last page of results.
 */
export async function allResultIds(page) {
  const total = await shownCount(page);
  const ids = await shownIds(page);
  const nav = page.getByRole('navigation', { name: 'Result pages' });
  while (ids.length < total) {
    const next = nav.getByRole('link', { name: 'Next' });
    if ((await next.count()) === 0) break;
    const previous = await shownIds(page);
    await next.click();
    await page.waitForFunction(
      (previous) => {
        const cards = [...document.querySelectorAll('[data-testid="result"]')];
        return cards.length > 0 && cards.every((card) => !previous.includes(card.dataset.id));
      },
      previous,
    );
    ids.push(...(await shownIds(page)));
  }
  return ids;
}

/**
 * The programme an address opens (`programmes/<id>/`, the page of a programme alone, or
 * `?id=<id>` with a search), or null. Relative addresses are read against the explorer's root.
 */
export function programmeOf(href, root) {
  const url = new URL(href, root);
  const page = url.pathname.slice(new URL(root).pathname.length).match(/^programmes\/([a-z0-9-]+)\/(?:index\.html)?$/);
  return url.searchParams.get('id') ?? page?.[1] ?? null;
}

/** `page.url()`'s query parameters. */
export const params = (page) => new URL(page.url()).searchParams;

/**
 * Types `text` into the search box keystroke by keystroke, as a person would, and waits until
 * the address bar holds it as `q` and the counts have followed.
 */
export async function typeQuery(page, text, { delay = 25 } = {}) {
  const box = page.getByRole('searchbox', { name: 'Search programmes' });
  await box.click();
  await page.keyboard.type(text, { delay });
  await page.waitForFunction((text) => new URL(location.href).searchParams.get('q') === text, text);
  await waitForCountsSettled(page);
  return box;
}

/** The facet named `name` ("Theme", "Country of origin"…): its fieldset. */
export const facetGroup = (page, name) => page.getByRole('group', { name, exact: true });

/** The checkbox of the value labelled `value` in the facet `name`. */
export function facetCheckbox(page, name, value) {
  return facetGroup(page, name)
    .locator('label.facet-value')
    .filter({ has: page.locator('.facet-value-label', { hasText: new RegExp(`^${escapeRegExp(value)}$`) }) })
    .locator('input[type="checkbox"]');
}

/** The values a facet shows, label → count, in the order shown. */
export async function facetShown(page, name) {
  const rows = await facetGroup(page, name).locator('label.facet-value').evaluateAll((labels) =>
    labels.map((l) => [l.querySelector('.facet-value-label').textContent, Number(l.querySelector('.facet-count').textContent)]));
  return new Map(rows);
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The browse order of records when nothing is searched ("Recommended"): ongoing, then status
 * unknown, then completed; the most recently started first (no start year last); then by title.
 */
export function browseOrder(records) {
  const status = { ongoing: 0, unknown: 1, completed: 2 };
  const titleKey = (r) => [fold(r.title), r.id];
  return [...records].sort((a, b) =>
    status[a.status] - status[b.status]
    || (b.start_year ?? -Infinity) - (a.start_year ?? -Infinity)
    || compareKeys(titleKey(a), titleKey(b)));
}

/** Records by title, A–Z: case and accents folded, code-point order, then id. */
export const titleOrder = (records) =>
  [...records].sort((a, b) => compareKeys([fold(a.title), a.id], [fold(b.title), b.id]));

function compareKeys(a, b) {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

/**
 * How many tests of one file run at once. The tests are independent (each has its own page) and
 * mostly wait on the browser, so a few at a time use the machine better; TEST_CONCURRENCY=1
 * runs them one by one, which is easier to follow when debugging.
 */
export const CONCURRENCY = Number(process.env.TEST_CONCURRENCY ?? 3);
