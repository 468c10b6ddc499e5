#!/usr/bin/env node
// Deterministic synthetic programme dataset for search benchmarks.
//
//   node bench/generate.mjs N [SEED] > /tmp/N.json
//   make dist DATA=/tmp/N.json
//
// Writes N programme records in the format of data/programmes.json (documented in
// data/README.md) as one compact JSON array on stdout. Country codes, names and vocabulary codes
// are read from data/countries.json and data/vocabularies.json at run time. The same N and SEED
// give byte-identical output, and records are generated one after another from one PRNG stream,
// so the first K records of a larger dataset are exactly the dataset of size K (same seed).
//
// Text is composed from parallel English/French phrase banks drawn with a Zipf-like skew, real
// country and city names, real organisation acronyms, and a pool of pronounceable synthetic words
// (towns, brands, foundations) drawn from a long-tailed distribution, plus occasional one-off
// words, so that the vocabulary keeps growing with N as real text does.
//
// Node built-ins only.

import { readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';

const DEFAULT_SEED = 20261128;
const MAX_RECORDS = 10_000_000;
const LAST_VERIFIED = '2026-11-28';
const VERIFIED_YEAR = 2026;

// ---------------------------------------------------------------------------------------------
// Command line

function usage(problem) {
  if (problem) process.stderr.write(`generate.mjs: ${problem}\n`);
  process.stderr.write(
    'usage: node bench/generate.mjs N [SEED] --organisations out.organisations.json > out.json\n' +
      `  N     number of programme records, 1..${MAX_RECORDS}\n` +
      `  SEED  PRNG seed, an integer 0..4294967295 (default ${DEFAULT_SEED})\n` +
      'Writes a deterministic synthetic dataset in the format of data/programmes.json to stdout,\n' +
      'and the organisations its records name (by id) in the format of data/organisations.json\n' +
      'to the file given (name it <dataset>.organisations.json: the build looks for it there).\n',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const organisationsFlag = args.indexOf('--organisations');
if (organisationsFlag < 0 || organisationsFlag + 1 >= args.length) usage('--organisations FILE is missing');
const ORGANISATIONS_OUT = args.splice(organisationsFlag, 2)[1];
if (args.length < 1 || args.length > 2) usage(args.length ? 'too many arguments' : 'N is missing');
if (!/^[1-9][0-9]*$/.test(args[0]) || Number(args[0]) > MAX_RECORDS) {
  usage(`N must be an integer between 1 and ${MAX_RECORDS}, not ${JSON.stringify(args[0])}`);
}
const N = Number(args[0]);
let SEED = DEFAULT_SEED;
if (args.length === 2) {
  if (!/^[0-9]+$/.test(args[1]) || Number(args[1]) > 0xffffffff) {
    usage(`SEED must be an integer between 0 and 4294967295, not ${JSON.stringify(args[1])}`);
  }
  SEED = Number(args[1]);
}

// ---------------------------------------------------------------------------------------------
// Randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rnd = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const chance = (p) => rnd() < p;
const pick = (items) => items[Math.floor(rnd() * items.length)];

/** Index sampler over cumulative weights (binary search). */
function cumulative(weights) {
  const cdf = new Float64Array(weights.length);
  let acc = 0;
  for (let i = 0; i < weights.length; i++) cdf[i] = acc += weights[i];
  return () => {
    const u = rnd() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Zipf–Mandelbrot weights 1 / (rank + q)^s: the first items are frequent, the tail is rare. */
const zipfWeights = (n, s = 1, q = 0) => Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1 + q, s));

/** A list of items drawn with a skew (Zipf by rank unless explicit weights are given). */
class Bank {
  constructor(items, { s = 1, q = 0, weights = null } = {}) {
    if (!items.length) throw new Error('empty bank');
    this.items = items;
    this.index = cumulative(weights ?? zipfWeights(items.length, s, q));
  }
  draw() {
    return this.items[this.index()];
  }
  /** k distinct items (by position), in draw order. */
  distinct(k) {
    k = Math.min(k, this.items.length);
    const seen = new Set();
    for (let tries = 0; seen.size < k && tries < 60 * k; tries++) seen.add(this.index());
    for (let i = 0; seen.size < k; i++) seen.add(i);
    return [...seen].map((i) => this.items[i]);
  }
}

const choose = (items, weights) => items[cumulative(weights)()];

// ---------------------------------------------------------------------------------------------
// Reference data, read at run time

const dataDir = new URL('../data/', import.meta.url);
const readJson = (name) => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
const vocabularies = readJson('vocabularies.json');
const countryFile = readJson('countries.json');

const COUNTRIES = new Map(countryFile.countries.map((c) => [c.code, c]));
const ALL_CODES = countryFile.countries.map((c) => c.code);
const codesOf = (name) => vocabularies[name].map((entry) => entry.code);
const labelsOf = (name) => new Map(vocabularies[name].map((e) => [e.code, e]));
const THEME_CODES = codesOf('themes');
const SUPPORT_CODES = codesOf('support_types');
const TARGET_CODES = codesOf('target_groups');
const ORG_TYPES = codesOf('organisation_types');
for (const status of ['ongoing', 'completed', 'unknown']) {
  if (!codesOf('statuses').includes(status)) throw new Error(`status ${status} missing from vocabularies.json`);
}

function need(code) {
  if (!COUNTRIES.has(code)) throw new Error(`${code} is not in data/countries.json`);
  return code;
}

// ---------------------------------------------------------------------------------------------
// Country names in running text

// French: which article a country name takes, giving `de` "du Sénégal", "de la France",
// "de l'Inde", "des États-Unis", "de Cuba" and the locative `loc` "au Sénégal", "en France",
// "en Inde", "aux États-Unis", "à Cuba".
const FR_NO_ARTICLE = new Set(
  'CU MG HT MU MT CY SG BH MC IL HK MO JE GG PR OM DJ AW CW GU TK TV NR NU KI ST AG TT GI MS AI YT BL MF SX PM KN VC LC SH SM'.split(' '),
);
const FR_PLURAL = new Set(['FJ', 'WS', 'TO']);
const FR_MASCULINE_E = new Set(['MX', 'KH', 'MZ', 'ZW', 'BZ', 'SR']);
const FR_SINGULAR_S = new Set(['LA', 'HN']);
const FR_FEMININE_START = /^(République|Guinée|Corée|Macédoine|Côte|Nouvelle|Papouasie|Polynésie|Guyane|Géorgie|Afrique|Arabie|Bosnie)/;
const FR_OVERRIDES = {
  IL: { de: "d'Israël", loc: 'en Israël' },
  HT: { de: "d'Haïti", loc: 'en Haïti' },
  VA: { de: 'du Vatican', loc: 'au Vatican' },
};
const FR_NAME_OVERRIDES = { HK: 'Hong Kong', MO: 'Macao' };
const vowelStart = (s) => /^[AEIOUÉÈÊÎÏÔÖÅÂaeiouéèêîïôâ]/.test(s);

// `main` is the country's main French name: an alternative name ("É.-U.") takes its number.
function frenchForms(code, name, main = name) {
  if (FR_OVERRIDES[code]) return { name, ...FR_OVERRIDES[code] };
  if (name.startsWith('La ')) return { name, de: `de ${name}`, loc: `à ${name}` };
  if (FR_NO_ARTICLE.has(code) || /^Saint/.test(name)) {
    return { name, de: vowelStart(name) ? `d'${name}` : `de ${name}`, loc: `à ${name}` };
  }
  const bare = name.replace(/ \(.*\)$/, '');
  const mainBare = main.replace(/ \(.*\)$/, '');
  if (FR_PLURAL.has(code) || /^(Îles|Terres|Territoires) /.test(main) || (/s$/.test(mainBare) && !FR_SINGULAR_S.has(code))) {
    return { name, de: `des ${name}`, loc: `aux ${name}` };
  }
  const feminine = FR_FEMININE_START.test(name) || (/e$/.test(bare) && !FR_MASCULINE_E.has(code));
  if (vowelStart(name)) return { name, de: `de l'${name}`, loc: `en ${name}` };
  return feminine ? { name, de: `de la ${name}`, loc: `en ${name}` } : { name, de: `du ${name}`, loc: `au ${name}` };
}

const EN_THE = new Set(['US', 'GB', 'AE', 'NL', 'PH', 'KM', 'MV', 'BS', 'CF', 'DO', 'BQ', 'PS', 'UM', 'VI', 'VG']);

/** Names of a country for one mention: sometimes a CLDR alternative name ("UK", "Ivory Coast"). */
function countryNames(code) {
  const c = COUNTRIES.get(code);
  const useAlias = chance(0.15);
  const en = useAlias && c.aliases_en.length ? pick(c.aliases_en) : c.en;
  const frName = FR_NAME_OVERRIDES[code] ?? (useAlias && c.aliases_fr.length ? pick(c.aliases_fr) : c.fr);
  const the = EN_THE.has(code) || / Islands$/.test(en) ? 'the ' : '';
  // en: English name; enIn: with "the" where English needs it; name/de/loc: French.
  return { code, en, enIn: `${the}${en}`, ...frenchForms(code, frName, FR_NAME_OVERRIDES[code] ?? c.fr) };
}

// ---------------------------------------------------------------------------------------------
// Diaspora corridors: origin, main countries of residence (most frequent first). The list itself
// is drawn with a Zipf skew, so the first corridors dominate as in real programme inventories.

const CORRIDORS = [
  ['MA', 'FR ES BE NL IT DE CA'], ['SN', 'FR IT ES US BE'], ['ML', 'FR CI ES US'], ['MX', 'US CA'],
  ['PH', 'US SA AE CA JP IT'], ['IN', 'US AE GB SA CA'], ['DZ', 'FR CA BE'], ['TN', 'FR IT DE CA'],
  ['HT', 'US CA FR'], ['SO', 'US GB SE FI NL NO KE'], ['NG', 'GB US IT'], ['GH', 'GB US NL DE'],
  ['ET', 'US SA IL DE'], ['MD', 'IT RO RU DE'], ['CD', 'BE FR CA'], ['CM', 'FR BE DE CA'],
  ['CI', 'FR BE IT US'], ['BD', 'GB SA AE IT US'], ['PK', 'GB SA AE'], ['SV', 'US CA'],
  ['GT', 'US MX'], ['HN', 'US ES'], ['KE', 'GB US DE'], ['AM', 'RU US FR'], ['GE', 'RU GR IT'],
  ['AL', 'IT GR US'], ['XK', 'DE CH AT'], ['BA', 'DE AT CH SE'], ['RS', 'DE AT CH'],
  ['VN', 'US FR DE JP'], ['CV', 'PT US FR'], ['LB', 'FR US CA AU BR'], ['CO', 'ES US VE'],
  ['EC', 'ES US IT'], ['BO', 'AR ES'], ['PE', 'US ES IT AR'], ['DO', 'US ES'], ['JM', 'GB US CA'],
  ['IE', 'GB US AU'], ['PL', 'GB DE'], ['PT', 'FR CH LU'], ['LT', 'GB IE NO'], ['RW', 'BE FR'],
  ['BI', 'BE FR'], ['BF', 'CI FR IT'], ['NE', 'FR NG'], ['GN', 'FR US BE'], ['TG', 'FR DE'],
  ['BJ', 'FR NG'], ['MG', 'FR'], ['KM', 'FR'], ['MR', 'FR ES'], ['GM', 'ES GB US'],
  ['LK', 'SA IT GB'], ['NP', 'QA MY IN'], ['AF', 'IR PK DE'], ['SY', 'DE TR SE'], ['ER', 'SE DE IT'],
  ['ZW', 'ZA GB'], ['UG', 'GB US'], ['TR', 'DE NL FR'], ['EG', 'SA IT'], ['UA', 'PL DE IT'],
  ['CN', 'US CA AU'], ['BR', 'US PT JP'], ['CG', 'FR'], ['GA', 'FR'], ['TD', 'FR'], ['DJ', 'FR'],
  ['SL', 'GB US'], ['LR', 'US'], ['ZM', 'GB ZA'], ['MW', 'ZA GB'], ['TZ', 'GB US'], ['SD', 'SA GB'],
  ['SS', 'US AU'], ['LV', 'GB IE'], ['ME', 'DE US'], ['MK', 'DE IT CH'], ['AZ', 'RU TR'],
  ['KG', 'RU KZ'], ['TJ', 'RU'], ['UZ', 'RU KZ'], ['ID', 'MY SA'], ['NI', 'CR US'], ['PY', 'AR ES'],
].map(([origin, residences]) => ({ origin: need(origin), residences: residences.split(' ').map(need) }));
const corridorBank = new Bank(CORRIDORS, { s: 0.9, q: 2 });
const FRANCOPHONE = new Set(
  'SN ML MA DZ TN CI CM CD HT BF NE GN TG BJ MG KM RW BI CG GA TD CF MR DJ FR BE CH LU CA'.split(' '),
);

// Cities [English, French], origin and residence. Countries without a list get synthetic towns.
const CITIES = {
  FR: [['Paris'], ['Lyon'], ['Marseille'], ['Montreuil'], ['Toulouse'], ['Lille'], ['Bordeaux'], ['Nantes'], ['Saint-Denis'], ['Strasbourg'], ['Mantes-la-Jolie']],
  BE: [['Brussels', 'Bruxelles'], ['Liège'], ['Antwerp', 'Anvers'], ['Charleroi'], ['Ghent', 'Gand']],
  IT: [['Milan', 'Milan'], ['Turin', 'Turin'], ['Rome'], ['Bologna', 'Bologne'], ['Brescia'], ['Naples']],
  ES: [['Madrid'], ['Barcelona', 'Barcelone'], ['Valencia', 'Valence'], ['Seville', 'Séville'], ['Bilbao'], ['Almería']],
  DE: [['Berlin'], ['Hamburg', 'Hambourg'], ['Munich'], ['Cologne'], ['Frankfurt', 'Francfort']],
  NL: [['Amsterdam'], ['Rotterdam'], ['The Hague', 'La Haye'], ['Utrecht']],
  GB: [['London', 'Londres'], ['Birmingham'], ['Manchester'], ['Leeds'], ['Leicester']],
  US: [['New York'], ['Washington'], ['Los Angeles'], ['Houston'], ['Chicago'], ['Miami'], ['Minneapolis'], ['Atlanta']],
  CA: [['Montreal', 'Montréal'], ['Toronto'], ['Ottawa'], ['Quebec City', 'Québec'], ['Vancouver'], ['Calgary']],
  CH: [['Geneva', 'Genève'], ['Zurich'], ['Bern', 'Berne'], ['Lausanne']],
  SE: [['Stockholm'], ['Gothenburg', 'Göteborg'], ['Malmö']],
  PT: [['Lisbon', 'Lisbonne'], ['Porto']],
  AT: [['Vienna', 'Vienne'], ['Graz']],
  SA: [['Riyadh', 'Riyad'], ['Jeddah', 'Djeddah']],
  AE: [['Dubai', 'Dubaï'], ['Abu Dhabi', 'Abou Dabi']],
  MA: [['Casablanca'], ['Tangier', 'Tanger'], ['Agadir'], ['Nador'], ['Oujda'], ['Beni Mellal']],
  SN: [['Dakar'], ['Matam'], ['Saint-Louis'], ['Kolda'], ['Touba'], ['Ziguinchor']],
  ML: [['Bamako'], ['Kayes'], ['Ségou'], ['Mopti'], ['Sikasso']],
  DZ: [['Algiers', 'Alger'], ['Oran'], ['Tizi Ouzou'], ['Constantine']],
  TN: [['Tunis'], ['Sfax'], ['Médenine'], ['Gabès']],
  CI: [['Abidjan'], ['Bouaké'], ['Daloa']],
  CM: [['Douala'], ['Yaoundé'], ['Bafoussam']],
  CD: [['Kinshasa'], ['Lubumbashi'], ['Bukavu']],
  HT: [['Port-au-Prince'], ['Jacmel'], ['Les Cayes']],
  PH: [['Manila', 'Manille'], ['Cebu'], ['Davao'], ['Iloilo']],
  IN: [['Kochi'], ['Hyderabad'], ['Amritsar'], ['Chennai']],
  BD: [['Dhaka'], ['Sylhet'], ['Chittagong']],
  PK: [['Lahore'], ['Mirpur'], ['Peshawar']],
  MX: [['Guadalajara'], ['Zacatecas'], ['Oaxaca'], ['Puebla'], ['Michoacán']],
  SV: [['San Salvador'], ['San Miguel'], ['La Unión']],
  NG: [['Lagos'], ['Abuja'], ['Enugu'], ['Kano']],
  GH: [['Accra'], ['Kumasi'], ['Tamale']],
  ET: [['Addis Ababa', 'Addis-Abeba'], ['Bahir Dar'], ['Mekelle']],
  SO: [['Mogadishu', 'Mogadiscio'], ['Hargeisa'], ['Garowe'], ['Kismayo']],
  KE: [['Nairobi'], ['Mombasa'], ['Kisumu']],
  MD: [['Chișinău'], ['Bălți'], ['Cahul']],
  AM: [['Yerevan', 'Erevan'], ['Gyumri']],
  GE: [['Tbilisi'], ['Kutaisi']],
  AL: [['Tirana'], ['Shkodër'], ['Elbasan']],
  XK: [['Pristina'], ['Prizren']],
  BA: [['Sarajevo'], ['Tuzla'], ['Mostar']],
  VN: [['Hanoi'], ['Ho Chi Minh City', 'Hô Chi Minh-Ville'], ['Huế']],
  CV: [['Praia'], ['Mindelo']],
  LB: [['Beirut', 'Beyrouth'], ['Tripoli'], ['Zahlé']],
  CO: [['Medellín'], ['Bogotá'], ['Pereira']],
  EC: [['Quito'], ['Cuenca'], ['Guayaquil']],
  BO: [['Cochabamba'], ['La Paz']],
  PE: [['Lima'], ['Arequipa']],
  RW: [['Kigali'], ['Huye']],
  BF: [['Ouagadougou'], ['Bobo-Dioulasso']],
  MG: [['Antananarivo'], ['Toamasina']],
  KM: [['Moroni'], ['Mutsamudu']],
};

const cityOf = (code) => {
  const list = CITIES[code];
  if (!list || chance(0.25)) {
    const town = cap(rareWord());
    return { en: town, fr: town };
  }
  const [en, fr = en] = pick(list);
  return { en, fr };
};

// ---------------------------------------------------------------------------------------------
// Synthetic words: a fixed pool with a long-tailed distribution, plus one-off words.

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'ch', 'sh', 'br', 'dr', 'gr', 'kr', 'tr', 'ny', 'mb', 'nd', 'w', 'y', 'h', 'j', 'kw', 'ts'];
const ONSET_W = zipfWeights(ONSETS.length, 0.6);
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ou', 'ai', 'ia', 'é', 'è', 'ô', 'ï', 'ei', 'ua'];
const VOWEL_W = [10, 8, 8, 7, 6, 2, 2, 1.5, 1.5, 0.6, 0.6, 0.3, 1, 1];
const CODAS = ['', '', '', '', 'n', 'r', 's', 'l', 'k', 't', 'm'];
const nextOnset = cumulative(ONSET_W);
const nextVowel = cumulative(VOWEL_W);

function syntheticWord() {
  const syllables = choose([2, 3, 4], [45, 45, 10]);
  let word = chance(0.12) ? VOWELS[nextVowel()] : '';
  for (let i = 0; i < syllables; i++) word += ONSETS[nextOnset()] + VOWELS[nextVowel()];
  return word + pick(CODAS);
}

const RARE_POOL_SIZE = 6000;
const rarePool = (() => {
  const main = rnd;
  rnd = mulberry32((SEED ^ 0x9e3779b9) >>> 0);
  const words = new Set();
  while (words.size < RARE_POOL_SIZE) words.add(syntheticWord());
  rnd = main;
  return [...words];
})();
const rareBank = new Bank(rarePool, { s: 1.05, q: 25 });
/** A rare word: usually from the pool (long tail), once in a while a word never used before. */
const rareWord = () => (chance(0.03) ? syntheticWord() : rareBank.draw());

// ---------------------------------------------------------------------------------------------
// Text helpers

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const SMALL_WORDS = new Set(['a', 'an', 'and', 'of', 'for', 'the', 'in', 'to', 'from', 'with', 'through', 'on', 'by']);
const titleCase = (s) =>
  s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : cap(w)))
    .join(' ');
const aAn = (s) => (/^[aeiou]/i.test(s) ? `an ${s}` : `a ${s}`);

function joinWith(items, and) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
const joinEn = (items) => joinWith(items, 'and');
const joinFr = (items) => joinWith(items, 'et');

/** French "à" + a phrase that starts with its article. */
function aFr(phrase) {
  if (phrase.startsWith('le ')) return `au ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `aux ${phrase.slice(4)}`;
  return `à ${phrase}`;
}
/** French "de" + a phrase that may start with an article. */
function deFr(phrase) {
  if (phrase.startsWith('le ')) return `du ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `des ${phrase.slice(4)}`;
  if (phrase.startsWith('la ') || phrase.startsWith("l'")) return `de ${phrase}`;
  return vowelStart(phrase) ? `d'${phrase}` : `de ${phrase}`;
}

// ---------------------------------------------------------------------------------------------
// Phrase banks, parallel English / French, most frequent first

const vocabLabel = (name, code) => {
  const entry = labelsOf(name).get(code);
  return [entry.en.toLowerCase(), entry.fr.toLowerCase()];
};

// Theme: [English title form, French with article] variants.
const THEME_PHRASES = {
  investment: [['diaspora investment', "l'investissement de la diaspora"], ['productive investment', "l'investissement productif"], ['diaspora bonds', 'les obligations de la diaspora'], ['investment funds', "les fonds d'investissement"], ['real-estate and business investment', "l'investissement immobilier et entrepreneurial"]],
  entrepreneurship: [['entrepreneurship', "l'entrepreneuriat"], ['diaspora entrepreneurship', "l'entrepreneuriat de la diaspora"], ['business creation', "la création d'entreprises"], ['start-ups', 'les start-up']],
  remittances: [['remittances', 'les transferts de fonds'], ['productive use of remittances', "l'usage productif des transferts de fonds"], ['cheaper remittances', 'des transferts de fonds moins chers'], ['remittance channels', 'les canaux de transfert']],
  'financial-inclusion': [['financial inclusion', "l'inclusion financière"], ['access to finance', "l'accès au financement"], ['financial literacy', "l'éducation financière"]],
  'skills-transfer': [['skills transfer', 'le transfert de compétences'], ['knowledge transfer', 'le transfert de connaissances'], ['brain gain', 'le gain de cerveaux'], ['expert missions', "les missions d'expertise"]],
  'return-reintegration': [['return and reintegration', 'le retour et la réintégration'], ['sustainable return', 'le retour durable'], ['reintegration of returnees', 'la réintégration des migrants de retour']],
  philanthropy: [['diaspora philanthropy', 'la philanthropie de la diaspora'], ['collective giving', 'les dons collectifs'], ['solidarity funds', 'les fonds de solidarité']],
  'diaspora-organisations': [['diaspora associations', 'les associations de la diaspora'], ['migrant organisations', 'les organisations de migrants'], ['hometown associations', 'les associations villageoises']],
  'policy-institutions': [['diaspora policy', 'les politiques de la diaspora'], ['institutional capacity', 'les capacités institutionnelles'], ['migration governance', 'la gouvernance des migrations']],
  women: [["women's empowerment", "l'autonomisation des femmes"], ['women entrepreneurs', 'les femmes entrepreneures'], ['gender equality', "l'égalité femmes-hommes"]],
  youth: [['youth employment', "l'emploi des jeunes"], ['young people', 'les jeunes'], ['youth leadership', 'le leadership des jeunes']],
  'knowledge-research': [['research and knowledge', 'la recherche et les connaissances'], ['diaspora mapping', 'la cartographie de la diaspora'], ['data on migration', 'les données sur les migrations']],
  'local-development': [['local development', 'le développement local'], ['rural development', 'le développement rural'], ['territorial development', 'le développement territorial']],
  integration: [['integration', "l'intégration"], ['social inclusion', "l'inclusion sociale"], ['civic participation', 'la participation citoyenne']],
  health: [['health', 'la santé'], ['health systems', 'les systèmes de santé'], ['maternal health', 'la santé maternelle']],
  education: [['education', "l'éducation"], ['higher education', "l'enseignement supérieur"], ['vocational training', 'la formation professionnelle']],
  climate: [['climate resilience', 'la résilience climatique'], ['climate adaptation', "l'adaptation au changement climatique"], ['renewable energy', 'les énergies renouvelables']],
};
const THEME_WEIGHTS = {
  investment: 14, entrepreneurship: 13, 'skills-transfer': 11, remittances: 10, 'diaspora-organisations': 8,
  'local-development': 8, 'policy-institutions': 7, 'return-reintegration': 6, youth: 5, women: 5,
  'financial-inclusion': 4, 'knowledge-research': 3, health: 3, education: 3, philanthropy: 2, integration: 2, climate: 1,
};

// Support type: [English, French with article] variants.
const SUPPORT_PHRASES = {
  financial: [['grants', 'des subventions'], ['loans', 'des prêts'], ['seed funding', "un financement d'amorçage"], ['co-financing', 'un cofinancement'], ['microcredit', 'du microcrédit'], ['loan guarantees', 'des garanties de prêt']],
  'technical-assistance': [['technical assistance', 'une assistance technique'], ['coaching', 'un accompagnement'], ['business advice', 'des conseils aux entreprises'], ['feasibility studies', 'des études de faisabilité']],
  training: [['training', 'des formations'], ['workshops', 'des ateliers'], ['mentoring', 'du mentorat'], ['online courses', 'des cours en ligne']],
  networking: [['networking events', 'des rencontres de mise en réseau'], ['matchmaking', 'une mise en relation'], ['an online platform', 'une plateforme en ligne'], ['diaspora forums', 'des forums de la diaspora']],
  information: [['information', "de l'information"], ['practical guides', 'des guides pratiques'], ['a one-stop shop', 'un guichet unique'], ['a remittance price comparison website', 'un site de comparaison des coûts de transfert']],
  'matching-funds': [['matching funds', 'des fonds de contrepartie'], ['one-to-one matching grants', 'des subventions de contrepartie à parité'], ['co-investment', 'un co-investissement']],
  'policy-dialogue': [['policy dialogue', 'un dialogue politique'], ['consultations with the authorities', 'des concertations avec les autorités'], ['peer exchanges between governments', 'des échanges entre pairs entre gouvernements']],
  volunteering: [['volunteer assignments', 'des missions de volontariat'], ['short expert missions', "des missions courtes d'expertise"], ['virtual volunteering', 'du volontariat à distance']],
};
const SUPPORT_WEIGHTS = { financial: 12, 'technical-assistance': 10, training: 9, networking: 8, information: 5, 'matching-funds': 4, 'policy-dialogue': 4, volunteering: 3 };

// Target group: [English plural, French plural without article] variants.
const TARGET_PHRASES = {
  'diaspora-members': [['members of the diaspora', 'membres de la diaspora'], ['nationals abroad', "ressortissants à l'étranger"], ['emigrants', 'émigrés']],
  'diaspora-professionals': [['diaspora professionals', 'professionnels de la diaspora'], ['diaspora experts', 'experts de la diaspora'], ['doctors and engineers of the diaspora', 'médecins et ingénieurs de la diaspora']],
  'diaspora-entrepreneurs': [['diaspora entrepreneurs', 'entrepreneurs de la diaspora'], ['migrant entrepreneurs', 'entrepreneurs migrants'], ['start-up founders', 'créateurs de start-up']],
  'diaspora-investors': [['diaspora investors', 'investisseurs de la diaspora'], ['diaspora savers', 'épargnants de la diaspora']],
  'diaspora-organisations': [['diaspora associations', 'associations de la diaspora'], ['hometown associations', 'associations villageoises'], ['migrant organisations', 'organisations de migrants']],
  youth: [['young people', 'jeunes'], ['young graduates', 'jeunes diplômés'], ['second-generation youth', 'jeunes de la deuxième génération']],
  women: [['women', 'femmes'], ['women entrepreneurs', 'femmes entrepreneures'], ['migrant women', 'femmes migrantes']],
  returnees: [['returning migrants', 'migrants de retour'], ['returnees', 'personnes rentrées au pays']],
  'remittance-families': [['families receiving remittances', 'familles bénéficiaires de transferts de fonds'], ['remittance senders', 'expéditeurs de fonds']],
  newcomers: [['newcomers', 'nouveaux arrivants'], ['refugees', 'réfugiés'], ['recent immigrants', 'immigrés récents']],
  'public-institutions': [['public institutions', 'institutions publiques'], ['ministries', 'ministères'], ['consulates', 'consulats']],
  'local-communities': [['local communities', 'communautés locales'], ['local authorities', 'collectivités locales'], ['municipalities', 'communes']],
  'financial-institutions': [['banks and remittance providers', 'banques et opérateurs de transfert'], ['microfinance institutions', 'institutions de microfinance'], ['postal operators', 'opérateurs postaux']],
  'students-graduates': [['students', 'étudiants'], ['graduates', 'diplômés'], ['doctoral researchers', 'doctorants']],
};
const TARGET_WEIGHTS = {
  'diaspora-members': 12, 'diaspora-entrepreneurs': 11, 'diaspora-professionals': 10, 'diaspora-organisations': 8,
  'diaspora-investors': 7, youth: 6, women: 6, returnees: 5, 'public-institutions': 5, 'local-communities': 5,
  'remittance-families': 4, 'financial-institutions': 3, 'students-graduates': 3, newcomers: 2,
};

function phraseBanks(codes, phrases, weights, vocabName, article) {
  const banks = new Map();
  for (const code of codes) {
    let list = phrases[code];
    if (!list) {
      const [en, fr] = vocabLabel(vocabName, code);
      list = [[en, article ? `${article} ${fr}` : fr]];
    }
    banks.set(code, new Bank(list, { s: 1.2 }));
  }
  return { codes: new Bank(codes, { weights: codes.map((c) => weights[c] ?? 2) }), phrases: banks };
}
const THEMES = phraseBanks(THEME_CODES, THEME_PHRASES, THEME_WEIGHTS, 'themes', 'les');
const SUPPORTS = phraseBanks(SUPPORT_CODES, SUPPORT_PHRASES, SUPPORT_WEIGHTS, 'support_types', 'un');
const TARGETS = phraseBanks(TARGET_CODES, TARGET_PHRASES, TARGET_WEIGHTS, 'target_groups', '');

// Kind of programme: English, French, French gender.
const TYPE_BANK = new Bank(
  [
    ['programme', 'programme', 'm'], ['initiative', 'initiative', 'f'], ['project', 'projet', 'm'], ['fund', 'fonds', 'm'],
    ['platform', 'plateforme', 'f'], ['network', 'réseau', 'm'], ['pilot project', 'projet pilote', 'm'],
    ['scheme', 'dispositif', 'm'], ['partnership', 'partenariat', 'm'], ['facility', 'facilité', 'f'],
    ['fellowship', 'programme de bourses', 'm'], ['mechanism', 'mécanisme', 'm'], ['academy', 'académie', 'f'],
    ['observatory', 'observatoire', 'm'], ['challenge fund', 'fonds de défi', 'm'], ['helpdesk', "guichet d'appui", 'm'],
    ['campaign', 'campagne', 'f'], ['incubator', 'incubateur', 'm'],
  ].map(([en, fr, g]) => ({ en, fr, g })),
  { s: 1.1 },
);
const BOND_TYPE = { en: 'bond scheme', fr: "dispositif d'obligations", g: 'm' };

const SECTORS = new Bank(
  [
    ['agriculture', "l'agriculture"], ['health', 'la santé'], ['education', "l'éducation"], ['renewable energy', 'les énergies renouvelables'],
    ['housing', 'le logement'], ['digital services', 'les services numériques'], ['tourism', 'le tourisme'], ['fisheries', 'la pêche'],
    ['crafts', "l'artisanat"], ['agri-food processing', 'la transformation agroalimentaire'], ['water and sanitation', "l'eau et l'assainissement"],
    ['microfinance', 'la microfinance'], ['textiles', 'le textile'], ['information technology', "les technologies de l'information"],
    ['cooperatives', 'les coopératives'], ['market gardening', 'le maraîchage'], ['logistics', 'la logistique'], ['beekeeping', "l'apiculture"],
    ['aquaculture', "l'aquaculture"], ['cocoa', 'le cacao'], ['coffee', 'le café'], ['dairy farming', "l'élevage laitier"],
    ['poultry farming', "l'aviculture"], ['shea butter', 'le beurre de karité'], ['solar irrigation', "l'irrigation solaire"],
    ['telemedicine', 'la télémédecine'], ['cultural heritage', 'le patrimoine culturel'], ['transport', 'le transport'],
    ['construction', 'le bâtiment'], ['pharmaceuticals', 'la pharmacie'], ['recycling', 'le recyclage'], ['film and music', 'le cinéma et la musique'],
    ['sustainable forestry', 'la foresterie durable'], ['cashew processing', 'la transformation de la noix de cajou'], ['rice farming', 'la riziculture'],
    ['vanilla', 'la vanille'], ['argan oil', "l'huile d'argan"], ['dates', 'les dattes'], ['olive oil', "l'huile d'olive"], ['mobile money', "l'argent mobile"],
    ['fintech', 'la fintech'], ['e-commerce', 'le commerce en ligne'], ['hospitality', "l'hôtellerie"], ['nursing', 'les soins infirmiers'],
    ['rural electrification', "l'électrification rurale"], ['school construction', "la construction d'écoles"], ['handicrafts export', "l'exportation d'artisanat"],
    ['agroecology', "l'agroécologie"], ['moringa', 'le moringa'], ['sesame', 'le sésame'], ['cassava processing', 'la transformation du manioc'],
  ],
  { s: 1.0, q: 1 },
);

const PROBLEMS = new Bank(
  [
    ['the high cost of sending remittances', 'le coût élevé des transferts de fonds'], ['brain drain in the health sector', 'la fuite des cerveaux dans le secteur de la santé'],
    ['youth unemployment in rural areas', 'le chômage des jeunes en zone rurale'], ['limited access to credit for small businesses', "l'accès limité au crédit des petites entreprises"],
    ['the lack of reliable information on investment opportunities', "le manque d'informations fiables sur les opportunités d'investissement"],
    ['the weak involvement of diaspora associations in local planning', 'la faible implication des associations de la diaspora dans la planification locale'],
    ['climate shocks affecting farming households', 'les chocs climatiques qui touchent les ménages agricoles'],
    ['the difficulties faced by returnees', 'les difficultés rencontrées par les migrants de retour'], ['informal remittance channels', 'les circuits informels de transfert'],
    ['the mistrust between diaspora investors and public authorities', 'la méfiance entre investisseurs de la diaspora et autorités publiques'],
    ['the shortage of qualified teachers', "la pénurie d'enseignants qualifiés"], ['the loss of skills caused by emigration', "la perte de compétences due à l'émigration"],
    ['the isolation of second-generation youth', "l'isolement des jeunes de la deuxième génération"], ['the fragmentation of diaspora networks', 'la fragmentation des réseaux de la diaspora'],
    ['administrative barriers to investing from abroad', "les obstacles administratifs à l'investissement depuis l'étranger"],
  ].map(([en, fr]) => ({ en, fr })),
  { s: 0.9 },
);

const UNITS = new Bank(
  [
    ['projects', 'projets'], ['businesses', 'entreprises'], ['cooperatives', 'coopératives'], ['start-ups', 'start-up'], ['associations', 'associations'],
    ['local development projects', 'projets de développement local'], ['expert missions', "missions d'expertise"], ['internships', 'stages'],
    ['savings groups', "groupes d'épargne"], ['health centres', 'centres de santé'], ['schools', 'écoles'], ['young entrepreneurs', 'jeunes entrepreneurs'],
  ],
  { s: 1.0 },
);

const VERBS = new Bank(
  [
    ['mobilises', 'mobilised', 'mobilise', 'mobilisait'], ['supports', 'supported', 'soutient', 'soutenait'], ['helps', 'helped', 'aide', 'aidait'],
    ['connects', 'connected', 'met en relation', 'mettait en relation'], ['trains', 'trained', 'forme', 'formait'], ['finances', 'financed', 'finance', 'finançait'],
    ['accompanies', 'accompanied', 'accompagne', 'accompagnait'], ['engages', 'engaged', 'implique', 'impliquait'],
    ['encourages', 'encouraged', 'encourage', 'encourageait'], ['brings together', 'brought together', 'réunit', 'réunissait'],
  ],
  { s: 1.0 },
);

// ---------------------------------------------------------------------------------------------
// Organisations

/** A pair [English, French] (or one string) rendered in the record's preferred language. */
const lang = (ctx, v) => (typeof v === 'string' ? v : chance(ctx.francophone ? 0.7 : 0.1) ? v[1] : v[0]);

const INTERNATIONAL = new Bank(
  [
    ['IOM', 'OIM'], ['UNDP', 'PNUD'], ['European Union', 'Union européenne'], ['IFAD', 'FIDA'], 'ICMPD', ['World Bank', 'Banque mondiale'],
    ['UNCDF', 'FENU'], ['ILO', 'OIT'], 'UNV', 'FAO', ['International Organization for Migration', 'Organisation internationale pour les migrations'],
    ['IOM Development Fund', "Fonds de l'OIM pour le développement"], ['European Commission', 'Commission européenne'], ['UNHCR', 'HCR'],
    ['African Development Bank', 'Banque africaine de développement'], 'UPU', ['UN Women', 'ONU Femmes'], ['OECD', 'OCDE'], 'UNICEF',
    ['UN-Habitat', 'ONU-Habitat'], ['IFAD (FFR)', 'FIDA (FFR)'], 'EUDiF', ['Council of Europe', "Conseil de l'Europe"], ['Inter-American Development Bank', 'Banque interaméricaine de développement'],
  ],
  { s: 1.1 },
);
const AGENCIES = new Bank(
  [
    'AFD', 'GIZ', 'Enabel', 'USAID', ['SDC', 'DDC'], ['Agence française de développement', 'Agence française de développement'], 'AICS', 'AECID',
    'Sida', 'Norad', 'JICA', ['Centre for International Migration and Development (CIM)', 'CIM'], 'Expertise France', 'LuxDev', 'KfW',
    'Danida', 'FCDO', 'Irish Aid', ['Global Affairs Canada', 'Affaires mondiales Canada'], ['Belgian Development Cooperation', 'Coopération belge au développement'],
    ['Swiss Agency for Development and Cooperation', 'Direction du développement et de la coopération'],
  ],
  { s: 1.0 },
);
const NGOS = new Bank(
  ['Grdr Migration-Citoyenneté-Développement', 'Migrations & Développement', 'Oxfam', 'Aga Khan Foundation', 'Western Union Foundation', 'Fundação Calouste Gulbenkian', 'Terre des Hommes', 'ACTED', 'Caritas', 'Mercy Corps', 'Helvetas', 'Plan International'],
  { s: 1.0 },
);
const COMPANIES = new Bank(
  ['Western Union', 'MoneyGram', 'Ria Money Transfer', 'WorldRemit', 'Ecobank', 'Attijariwafa bank', 'Orange Money', 'Safaricom', 'Banque Populaire', 'Société Générale', 'Wave', 'Remitly'],
  { s: 1.0 },
);
const DIASPORA_ORGS = new Bank(
  ['FORIM', ['African Foundation for Development (AFFORD)', 'AFFORD'], 'ADEPT', ['Africa-Europe Diaspora Development Platform', 'Plateforme Afrique-Europe pour le développement de la diaspora'], 'African Diaspora Network', 'Diaspora Professionals Network'],
  { s: 1.0 },
);
const UNIVERSITIES = new Bank(['Maastricht University', 'Sciences Po', 'SOAS University of London', 'Solvay Brussels School', 'KU Leuven', 'University of Oxford', 'Université Cheikh Anta Diop', 'Université Mohammed V'], { s: 1.0 });

/** A country for an organisation's name: the programme's origin (mostly) or residence. */
function orgCountry(ctx, preferResidence = false) {
  const first = preferResidence ? [ctx.res, ctx.org] : [ctx.org, ctx.res];
  const list = chance(0.8) ? first[0] : first[1];
  if (list.length) return countryNames(pick(list));
  return countryNames(corridorBank.draw().origin);
}

function orgCity(ctx, residence) {
  const list = residence ? ctx.res : ctx.org;
  return cityOf(list.length ? pick(list) : corridorBank.draw().residences[0]);
}

const ORG_NAMES = {
  'international-organisation': (ctx) => {
    if (chance(0.25)) {
      const c = orgCountry(ctx);
      return lang(ctx, [`${pick(['IOM', 'IOM', 'UNDP'])} ${c.en}`, `${pick(['OIM', 'OIM', 'PNUD'])} ${c.name}`]);
    }
    return lang(ctx, INTERNATIONAL.draw());
  },
  'development-agency': (ctx) => {
    if (chance(0.06)) {
      const w = cap(rareWord());
      return lang(ctx, [`${w} Development Agency`, `Agence ${w} de coopération`]);
    }
    return lang(ctx, AGENCIES.draw());
  },
  government: (ctx) => {
    const c = orgCountry(ctx);
    switch (choose([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [14, 12, 8, 6, 5, 5, 4, 4, 3, 3, 2])) {
      case 0: return lang(ctx, [`Ministry of Diaspora Affairs of ${c.en}`, `Ministère des Affaires de la diaspora ${c.de}`]);
      case 1: return lang(ctx, [`Government of ${c.en}`, `Gouvernement ${c.de}`]);
      case 2: return lang(ctx, [`Ministry of Foreign Affairs of ${c.en}`, `Ministère des Affaires étrangères ${c.de}`]);
      case 3: return lang(ctx, [`${c.en} Diaspora Agency`, `Agence nationale de la diaspora ${c.de}`]);
      case 4: return lang(ctx, [`Directorate for Citizens Abroad (${c.en})`, `Direction des ressortissants à l'étranger (${c.name})`]);
      case 5: {
        const r = orgCountry(ctx, true);
        return lang(ctx, [`Embassy of ${c.enIn} in ${r.enIn}`, `Ambassade ${c.de} ${r.loc}`]);
      }
      case 6: {
        const city = orgCity(ctx, chance(0.5));
        return lang(ctx, [`Municipality of ${city.en}`, `Ville de ${city.fr}`]);
      }
      case 7: return lang(ctx, [`Ministry of Labour and Migration (${c.en})`, `Ministère du Travail et des Migrations (${c.name})`]);
      case 8: return lang(ctx, [`Central Bank of ${c.enIn}`, `Banque centrale ${c.de}`]);
      case 9: return lang(ctx, [`${c.en} Investment Promotion Agency`, `Agence de promotion des investissements ${c.de}`]);
      default: {
        const w = cap(rareWord());
        return lang(ctx, [`Regional Council of ${w}`, `Conseil régional de ${w}`]);
      }
    }
  },
  'diaspora-organisation': (ctx) => {
    const c = orgCountry(ctx);
    const city = orgCity(ctx, true);
    switch (choose([0, 1, 2, 3, 4, 5, 6, 7, 8], [12, 9, 8, 7, 6, 5, 5, 4, 4])) {
      case 0: return `Association des ressortissants ${c.de} à ${city.fr}`;
      case 1: return `Association des originaires de ${cap(rareWord())} à ${city.fr}`;
      case 2: return lang(ctx, [`${c.en} Diaspora Network ${city.en}`, `Réseau de la diaspora ${c.de} de ${city.fr}`]);
      case 3: return lang(ctx, DIASPORA_ORGS.draw());
      case 4: return `Association des femmes de ${cap(rareWord())} de ${city.fr}`;
      case 5: {
        const r = orgCountry(ctx, true);
        return lang(ctx, [`${c.en} Diaspora Council of ${r.enIn}`, `Fédération des associations ${c.de} ${r.loc}`]);
      }
      case 6: return lang(ctx, [`${cap(rareWord())} Hometown Association`, `Collectif ${cap(rareWord())}`]);
      case 7: return `Coordination des jeunes de la diaspora ${c.de}`;
      default: return lang(ctx, [`${c.en} Professionals Abroad Association`, `Club ${cap(rareWord())} de ${city.fr}`]);
    }
  },
  ngo: (ctx) => {
    switch (choose([0, 1, 2, 3], [10, 6, 5, 2])) {
      case 0: return NGOS.draw();
      case 1: return lang(ctx, [`${cap(rareWord())} Foundation`, `Fondation ${cap(rareWord())}`]);
      case 2: return lang(ctx, [`${cap(rareWord())} Trust`, `Solidarité ${cap(rareWord())}`]);
      default: return lang(ctx, [`Centre for Local Development ${cap(rareWord())}`, `Centre ${cap(rareWord())} pour le développement local`]);
    }
  },
  'private-sector': (ctx) => {
    switch (choose([0, 1, 2, 3, 4], [10, 4, 3, 3, 2])) {
      case 0: return COMPANIES.draw();
      case 1: return lang(ctx, [`${cap(rareWord())} Microfinance`, `Caisse d'épargne ${cap(rareWord())}`]);
      case 2: return lang(ctx, [`${cap(rareWord())} Bank`, `Banque ${cap(rareWord())}`]);
      case 3: return `${cap(rareWord())} Capital Partners`;
      default: {
        const c = orgCountry(ctx);
        return lang(ctx, [`${c.en} Post`, `La Poste ${c.de}`]);
      }
    }
  },
  academic: (ctx) => {
    const city = orgCity(ctx, chance(0.6));
    switch (choose([0, 1, 2, 3], [8, 6, 4, 3])) {
      case 0: return lang(ctx, [`University of ${city.en}`, `Université de ${city.fr}`]);
      case 1: return UNIVERSITIES.draw();
      case 2: return lang(ctx, [`${cap(rareWord())} Institute for Migration Studies`, `Institut ${cap(rareWord())} de recherche sur les migrations`]);
      default: return lang(ctx, [`Centre for Migration Studies, ${city.en}`, `Laboratoire migrations et développement de ${city.fr}`]);
    }
  },
};
for (const type of Object.keys(ORG_NAMES)) {
  if (!ORG_TYPES.includes(type)) throw new Error(`organisation type ${type} missing from vocabularies.json`);
}

const ROLE_TYPE_WEIGHTS = {
  implementers: { 'international-organisation': 30, government: 22, 'diaspora-organisation': 16, ngo: 14, 'development-agency': 10, 'private-sector': 4, academic: 4 },
  funders: { 'development-agency': 30, 'international-organisation': 25, government: 25, 'private-sector': 10, ngo: 10 },
  partners: { 'diaspora-organisation': 20, ngo: 18, academic: 14, 'private-sector': 14, government: 14, 'international-organisation': 10, 'development-agency': 10 },
};
const ROLE_TYPE_BANKS = Object.fromEntries(
  Object.entries(ROLE_TYPE_WEIGHTS).map(([role, w]) => [role, new Bank(Object.keys(w), { weights: Object.values(w) })]),
);

function organisations(role, count, ctx, taken) {
  const list = [];
  for (let tries = 0; list.length < count && tries < count * 8; tries++) {
    const type = ROLE_TYPE_BANKS[role].draw();
    const name = ORG_NAMES[type](ctx);
    if (taken.has(name)) continue;
    taken.add(name);
    list.push({ name, type });
  }
  return list;
}

// English and French references to an organisation inside a sentence.
const EN_THE_ORG = /^(Ministry|Government|Embassy|Municipality|University of|European|World Bank|African Development Bank|Inter-American|Directorate|Central Bank|Regional Council|Council|International|IOM Development|Centre for|Swiss Agency|Africa-Europe)/;
const enOrg = (name) => (EN_THE_ORG.test(name) ? `the ${name}` : name);
const FR_ACRONYM_ARTICLE = {
  OIM: "l'", IOM: "l'", PNUD: 'le ', UNDP: 'le ', FIDA: 'le ', IFAD: 'le ', AFD: "l'", GIZ: 'la ', ICMPD: "l'", FENU: 'le ', UNCDF: 'le ',
  OIT: "l'", ILO: "l'", HCR: 'le ', UNHCR: 'le ', FAO: 'la ', UPU: "l'", OCDE: "l'", UNICEF: "l'", USAID: "l'", AICS: "l'", AECID: "l'",
  DDC: 'la ', SDC: 'la ', CIM: 'le ', JICA: 'la ', KfW: 'la ', UNV: 'le ', FORIM: 'le ', AFFORD: "l'", ADEPT: "l'", EUDiF: "l'", FCDO: 'le ',
};
function frOrg(name) {
  const first = name.split(' ')[0];
  if (FR_ACRONYM_ARTICLE[first] !== undefined) return FR_ACRONYM_ARTICLE[first] + name;
  if (/^(Ministère|Gouvernement|Conseil|Centre|Fonds|Réseau|Club|Laboratoire|Collectif)(?= |$)/.test(name)) return `le ${name}`;
  if (/^(Association|Université|Agence|Ambassade|Union|Organisation|Institut|Affaires|Expertise)(?= |$)/.test(name)) return `l'${name}`;
  if (/^(Fondation|Banque|Direction|Ville|Commission|Fédération|Coordination|Caisse|Coopération|Plateforme|Solidarité)(?= |$)/.test(name)) return `la ${name}`;
  return name;
}

function orgListEn(orgs, max) {
  const names = orgs.slice(0, max).map((o) => enOrg(o.name));
  if (orgs.length > max) names.push('partners');
  return joinEn(names);
}
function orgListFr(orgs, max) {
  const names = orgs.slice(0, max).map((o) => frOrg(o.name));
  if (orgs.length > max) names.push('des partenaires');
  return joinFr(names);
}

// ---------------------------------------------------------------------------------------------
// Titles and acronyms

const EN_STOP = new Set([...SMALL_WORDS]);
const FR_STOP = new Set(['de', 'la', 'le', 'les', 'du', 'des', 'pour', 'et', 'en', 'au', 'aux', 'à', 'grâce', 'sur', 'dans', ':', '–']);
const stripMarks = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');

function acronymOf(title, french) {
  const words = title
    .replace(/[():–,]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !(french ? FR_STOP : EN_STOP).has(w.toLowerCase()))
    .map((w) => w.replace(/^[dl]'/i, ''));
  let letters = words.map((w) => stripMarks(w).charAt(0).toUpperCase()).filter((ch) => /[A-Z]/.test(ch)).join('');
  if (letters.length > 6) letters = letters.slice(0, 6);
  return letters.length >= 2 ? letters : null;
}

function brandName() {
  const w = cap(rareWord());
  switch (choose([0, 1, 2, 3, 4], [78, 8, 6, 5, 3])) {
    case 0: return w;
    case 1: return `${w} ${cap(rareWord())}`;
    case 2: return `Invest${rareWord()}`;
    case 3: return `${w}+`;
    default: return `#${w}`;
  }
}

const TITLE_TEMPLATES = [
  { w: 10, ok: (c) => c.o, f: (c) => [`${titleCase(c.type.en)} for ${titleCase(c.th[0])} in ${c.o.enIn}`, `${cap(c.type.fr)} pour ${c.th[1]} ${c.o.loc}`] },
  { w: 8, ok: (c) => c.o, f: (c) => [`Mobilising the ${c.o.en} Diaspora for ${titleCase(c.th[0])}`, `Mobilisation de la diaspora ${c.o.de} pour ${c.th[1]}`] },
  { w: 8, ok: (c) => c.o, f: (c) => [`${c.o.en} Diaspora ${titleCase(c.type.en)}`, `${cap(c.type.fr)} de la diaspora ${c.o.de}`] },
  { w: 6, brand: true, ok: (c) => c.th2, f: (c) => [`${c.brand}: ${titleCase(c.th[0])} and ${titleCase(c.th2[0])}`, `${c.brand} : ${c.th[1]} et ${c.th2[1]}`] },
  { w: 7, ok: (c) => c.o && c.r, f: (c) => [`Support to ${titleCase(c.tg[0])} from ${c.o.enIn} in ${c.r.enIn}`, `Appui aux ${c.tg[1]} ${c.o.de} ${c.r.loc}`] },
  { w: 5, ok: (c) => c.o && c.r, f: (c) => [`${c.r.en}–${c.o.en} Partnership for ${titleCase(c.th[0])}`, `Partenariat ${c.r.name}–${c.o.name} pour ${c.th[1]}`] },
  { w: 7, brand: true, ok: () => true, f: (c) => [`${c.brand} ${titleCase(c.type.en)}`, `${cap(c.type.fr)} ${c.brand}`] },
  { w: 4, ok: (c) => !c.o, f: (c) => [`Global Diaspora ${titleCase(c.type.en)} for ${titleCase(c.th[0])}`, `${cap(c.type.fr)} ${c.type.g === 'f' ? 'mondiale' : 'mondial'} de la diaspora pour ${c.th[1]}`] },
  { w: 3, ok: (c) => c.city, f: (c) => [`${titleCase(c.th[0])} through Diaspora Engagement in ${c.city.en}`, `${cap(c.th[1])} grâce à la diaspora à ${c.city.fr}`] },
  { w: 3, ok: (c) => c.o && c.themes.includes('investment'), bonds: true, f: (c) => [`${c.o.en} Diaspora Bonds`, `Obligations de la diaspora ${c.o.de}`] },
];
const titleTemplateBank = new Bank(TITLE_TEMPLATES, { weights: TITLE_TEMPLATES.map((t) => t.w) });

function makeTitle(ctx) {
  const o = ctx.origin.find((c) => c !== '*');
  const r = ctx.residence.find((c) => c !== '*');
  const themeCode = pick(ctx.themes);
  const other = ctx.themes.filter((t) => t !== themeCode);
  const t = {
    o: o ? countryNames(o) : null,
    r: r ? countryNames(r) : null,
    th: THEMES.phrases.get(themeCode).draw(),
    th2: other.length ? THEMES.phrases.get(pick(other)).draw() : null,
    tg: TARGETS.phrases.get(pick(ctx.targets)).draw(),
    type: TYPE_BANK.draw(),
    brand: brandName(),
    city: o && CITIES[o] ? cityOf(o) : null,
    themes: ctx.themes,
  };
  let template;
  do template = titleTemplateBank.draw();
  while (!template.ok(t));
  if (template.bonds) t.type = BOND_TYPE;
  const [en, fr] = template.f(t);
  return { en, fr, type: t.type, brand: template.brand ? t.brand : null };
}

function makeAcronym(title, originalTitle) {
  let acronym;
  if (title.brand && chance(0.5)) {
    acronym = chance(0.5) ? title.brand.toUpperCase() : title.brand;
  } else {
    acronym = acronymOf(originalTitle ?? title.en, Boolean(originalTitle));
  }
  if (!acronym) return null;
  if (chance(0.08)) acronym += ` ${pick(['II', 'II', 'III', '2', '+'])}`;
  if (originalTitle && chance(0.1)) {
    const english = acronymOf(title.en, false);
    if (english && english !== acronym) acronym = `${english} / ${acronym}`;
  }
  return acronym;
}

// ---------------------------------------------------------------------------------------------
// Summaries: sentences built in parallel, [English, French or null]

const phrase = (banks, code) => banks.phrases.get(code).draw();
const frPronoun = (S) => (S.type.g === 'f' ? 'Elle' : 'Il');

function countryListPhrases(codes, kind) {
  if (!codes.length) return ['', ''];
  const named = codes.filter((c) => c !== '*').map(countryNames);
  const many = codes.includes('*');
  if (kind === 'origin') {
    if (!named.length) return [' from many countries', ' de nombreux pays'];
    const en = named.map((n) => n.enIn);
    const fr = named.map((n) => n.de);
    if (many) en.push('other countries'), fr.push("d'autres pays");
    return [` from ${joinEn(en)}`, ` ${joinFr(fr)}`];
  }
  if (!named.length) return [' living around the world', ' vivant dans le monde entier'];
  const en = named.map((n) => n.enIn);
  const fr = named.map((n) => n.loc);
  if (many) en.push('elsewhere'), fr.push('ailleurs');
  return [` living in ${joinEn(en)}`, ` vivant ${joinFr(fr)}`];
}

function timePhrases(S) {
  const { start, end, status } = S;
  const e = S.type.g === 'f' ? 'e' : '';
  if (start !== null) {
    if (status === 'ongoing') return [` since ${start}`, ` depuis ${start}`];
    if (end !== null && status === 'completed') {
      return start === end ? [` in ${start}`, ` en ${start}`] : [` between ${start} and ${end}`, ` de ${start} à ${end}`];
    }
    if (end !== null) return [` planned for ${start}–${end}`, ` prévu${e} pour ${start}-${end}`];
    return [` launched in ${start}`, ` lancé${e} en ${start}`];
  }
  if (end !== null) {
    return status === 'completed' ? [` until ${end}`, ` jusqu'en ${end}`] : [` planned to run until ${end}`, ` prévu${e} jusqu'en ${end}`];
  }
  return ['', ''];
}

/** Towns where activities happen: cities of the origin countries, or synthetic towns. */
function originTowns(S, k) {
  const towns = new Map();
  for (let i = 0; i < k * 3 && towns.size < k; i++) {
    const town = S.org.length ? cityOf(pick(S.org)) : { en: cap(rareWord()), fr: null };
    if (!town.fr) town.fr = town.en;
    towns.set(town.en, town);
  }
  return [...towns.values()];
}

function placePhrase(S) {
  if (!S.org.length) return [' in their countries of origin', " dans leurs pays d'origine"];
  switch (choose([0, 1, 2], [5, 3, 3])) {
    case 0: {
      const town = originTowns(S, 1)[0];
      return [` in ${town.en}`, ` à ${town.fr}`];
    }
    case 1: {
      const w = cap(rareWord());
      return [` in the ${w} region`, ` dans la région de ${w}`];
    }
    default: {
      const c = countryNames(pick(S.org));
      return [` in ${c.enIn}`, ` ${c.loc}`];
    }
  }
}

function intro(S) {
  const P = S.past;
  const f = S.type.g === 'f';
  const verb = VERBS.draw();
  const tg = phrase(TARGETS, S.targets[0]);
  const [timeEn, timeFr] = timePhrases(S);
  const ref = S.acronym ? `${S.title} (${S.acronym})` : S.title;
  const refFr = S.acronym ? `${S.titleFr} (${S.acronym})` : S.titleFr;
  return [
    `${ref} ${P ? 'was' : 'is'} ${aAn(S.type.en)} run by ${orgListEn(S.implementers, 2)}${timeEn} that ${P ? verb[1] : verb[0]} ${tg[0]}${S.originEn}${S.residenceEn}.`,
    `${refFr} ${P ? 'était' : 'est'} ${f ? 'une' : 'un'} ${S.type.fr} ${f ? 'mise' : 'mis'} en œuvre par ${orgListFr(S.implementers, 2)}${timeFr} qui ${P ? verb[3] : verb[2]} les ${tg[1]}${S.originFr}${S.residenceFr}.`,
  ];
}

const PROVIDES = new Bank([['provides', 'provided', 'propose', 'proposait'], ['offers', 'offered', 'offre', 'offrait'], ['delivers', 'delivered', 'apporte', 'apportait']]);

function supportSentence(S) {
  const P = S.past;
  const verb = PROVIDES.draw();
  const list = S.supports.map((code) => phrase(SUPPORTS, code));
  const tg = phrase(TARGETS, pick(S.targets));
  const sectors = SECTORS.distinct(int(1, 2));
  const [placeEn, placeFr] = placePhrase(S);
  const active = /^femmes/.test(tg[1]) ? 'actives' : 'actifs';
  return [
    `It ${P ? verb[1] : verb[0]} ${joinEn(list.map((x) => x[0]))} to ${tg[0]} working in ${joinEn(sectors.map((x) => x[0]))}${placeEn}.`,
    `${frPronoun(S)} ${P ? verb[3] : verb[2]} ${joinFr(list.map((x) => x[1]))} aux ${tg[1]} ${active} dans ${joinFr(sectors.map((x) => x[1]))}${placeFr}.`,
  ];
}

function themeSentence(S) {
  const P = S.past;
  const themes = S.themes.map((code) => phrase(THEMES, code));
  const tg = phrase(TARGETS, pick(S.targets));
  if (chance(0.5)) {
    return [
      `Its work ${P ? 'focused' : 'focuses'} on ${joinEn(themes.map((x) => x[0]))}, with particular attention to ${tg[0]}.`,
      `Son action ${P ? 'portait' : 'porte'} sur ${joinFr(themes.map((x) => x[1]))}, avec une attention particulière aux ${tg[1]}.`,
    ];
  }
  return [
    `The main themes ${P ? 'were' : 'are'} ${joinEn(themes.map((x) => x[0]))}, and ${tg[0]} ${P ? 'were' : 'are'} among the first beneficiaries.`,
    `Les thèmes principaux ${P ? 'étaient' : 'sont'} ${joinFr(themes.map((x) => x[1]))}, et les ${tg[1]} ${P ? 'figuraient' : 'figurent'} parmi les premiers bénéficiaires.`,
  ];
}

function fundingSentence(S) {
  const P = S.past;
  const partnersEn = orgListEn(S.partners, 3);
  const partnersFr = orgListFr(S.partners, 3);
  if (!S.funders.length) {
    return [`Partners ${P ? 'included' : 'include'} ${partnersEn}.`, `Les partenaires ${P ? 'comprenaient' : 'comprennent'} ${partnersFr}.`];
  }
  const fundersFr = joinFr(S.funders.slice(0, 3).map((o) => deFr(frOrg(o.name))));
  const withEn = S.partners.length ? `, with ${partnersEn} as partners` : '';
  const withFr = S.partners.length ? `, avec ${partnersFr} comme partenaires` : '';
  return [
    `Funding ${P ? 'came' : 'comes'} from ${orgListEn(S.funders, 3)}${withEn}.`,
    `Le financement ${P ? 'provenait' : 'provient'} ${fundersFr}${withFr}.`,
  ];
}

function resultSentence(S) {
  const last = Math.min(S.end ?? VERIFIED_YEAR, VERIFIED_YEAR);
  const year = int(Math.min(S.start + 1, last), last);
  const n = Math.round(Math.exp(rnd() * Math.log(1500))) + 2;
  const unit = UNITS.draw();
  const towns = originTowns(S, int(1, 3));
  return [
    `By ${year}, it had supported ${n} ${unit[0]} in ${joinEn(towns.map((t) => t.en))}.`,
    `En ${year}, ${frPronoun(S).toLowerCase()} avait soutenu ${n} ${unit[1]} à ${joinFr(towns.map((t) => t.fr))}.`,
  ];
}

function placesSentence(S) {
  const P = S.past;
  const towns = originTowns(S, int(1, 3));
  let tailEn = ' and online';
  let tailFr = ' et en ligne';
  if (S.res.length) {
    const cities = new Map();
    for (let i = 0; i < 4; i++) {
      const c = cityOf(pick(S.res));
      cities.set(c.en, c);
    }
    const list = [...cities.values()].slice(0, 2);
    tailEn = ` and among diaspora communities in ${joinEn(list.map((c) => c.en))}`;
    tailFr = ` et auprès des communautés de la diaspora à ${joinFr(list.map((c) => c.fr))}`;
  }
  return [
    `Activities ${P ? 'took' : 'take'} place in ${joinEn(towns.map((t) => t.en))}${tailEn}.`,
    `Les activités ${P ? 'se déroulaient' : 'se déroulent'} à ${joinFr(towns.map((t) => t.fr))}${tailFr}.`,
  ];
}

function problemSentence(S) {
  const P = S.past;
  const [a, b] = PROBLEMS.distinct(int(1, 2));
  return [
    `It ${P ? 'responded' : 'responds'} to ${a.en}${b ? ` and ${b.en}` : ''}.`,
    `${frPronoun(S)} ${P ? 'répondait' : 'répond'} ${aFr(a.fr)}${b ? ` et ${aFr(b.fr)}` : ''}.`,
  ];
}

function frenchNameSentence(S) {
  return [chance(0.5) ? `Its French name is ${S.originalTitle}.` : `In French it is called ${S.originalTitle}.`, null];
}

// Mechanisms: concrete features, with the rarer domain vocabulary.
const MECHANISMS = new Bank(
  [
    (S, P) => {
      const k = int(1, 3);
      const who = S.funders.length ? S.funders[0].name : S.implementers[0].name;
      return [
        `Each euro invested by a diaspora association ${P ? 'was' : 'is'} matched by ${k} euro${k > 1 ? 's' : ''} from ${enOrg(who)}.`,
        `Chaque euro investi par une association de la diaspora ${P ? 'était' : 'est'} complété par ${k} euro${k > 1 ? 's' : ''} ${deFr(frOrg(who))}.`,
      ];
    },
    (S, P) => [
      `Savings groups inspired by tontines ${P ? 'were' : 'are'} linked to local microfinance institutions.`,
      `Des groupes d'épargne inspirés des tontines ${P ? 'étaient' : 'sont'} reliés à des institutions de microfinance locales.`,
    ],
    (S, P) => {
      const r = S.res.length ? countryNames(pick(S.res)) : null;
      return [
        `A mapping of the diaspora${r ? ` in ${r.enIn}` : ''} ${P ? 'preceded' : 'preceded'} the launch.`,
        `Une cartographie de la diaspora${r ? ` ${r.loc}` : ''} a précédé le lancement.`,
      ];
    },
    (S, P) => {
      const w = S.brand ?? cap(rareWord());
      return [
        `The ${w} online platform ${P ? 'listed' : 'lists'} investment opportunities and ${P ? 'compared' : 'compares'} remittance costs.`,
        `La plateforme en ligne ${w} ${P ? 'recensait' : 'recense'} les opportunités d'investissement et ${P ? 'comparait' : 'compare'} les coûts des transferts.`,
      ];
    },
    (S, P) => [
      `Diaspora bonds denominated in US dollars and euros ${P ? 'were' : 'are'} offered to nationals abroad.`,
      `Des obligations de la diaspora libellées en dollars et en euros ${P ? 'étaient' : 'sont'} proposées aux ressortissants à l'étranger.`,
    ],
    (S, P) => [
      `It ${P ? 'drew' : 'draws'} on co-development and circular migration to counter brain drain.`,
      `${frPronoun(S)} ${P ? "s'appuyait" : "s'appuie"} sur le codéveloppement et la migration circulaire pour contrer la fuite des cerveaux.`,
    ],
    (S, P) => {
      const town = cap(rareWord());
      return [
        `Hometown associations ${P ? 'co-financed' : 'co-finance'} wells, schools and health posts in villages such as ${town}.`,
        `Des associations villageoises ${P ? 'cofinançaient' : 'cofinancent'} des puits, des écoles et des postes de santé dans des villages comme ${town}.`,
      ];
    },
    (S, P) => {
      const a = int(1, 3);
      const b = a + int(2, 10);
      return [
        `Diaspora experts ${P ? 'carried' : 'carry'} out missions of ${a} to ${b} weeks in hospitals, universities and ministries.`,
        `Des experts de la diaspora ${P ? 'effectuaient' : 'effectuent'} des missions de ${a} à ${b} semaines dans des hôpitaux, des universités et des ministères.`,
      ];
    },
    (S, P) => [
      `Returnees ${P ? 'received' : 'receive'} reintegration packages combining counselling, vocational training and a small grant.`,
      `Les migrants de retour ${P ? 'recevaient' : 'reçoivent'} une aide à la réintégration associant conseil, formation professionnelle et petite subvention.`,
    ],
    (S, P) => [
      `A steering committee of ministries, municipalities and diaspora associations ${P ? 'met' : 'meets'} twice a year.`,
      `Un comité de pilotage réunissant ministères, communes et associations de la diaspora se ${P ? 'réunissait' : 'réunit'} deux fois par an.`,
    ],
    (S, P) => {
      const towns = [cap(rareWord()), cap(rareWord()), cap(rareWord())];
      return [`Pilot sites ${P ? 'included' : 'include'} ${joinEn(towns)}.`, `Les sites pilotes ${P ? 'comprenaient' : 'comprennent'} ${joinFr(towns)}.`];
    },
    (S, P) => {
      const w = S.brand ?? cap(rareWord());
      const city = S.res.length ? cityOf(pick(S.res)) : originTowns(S, 1)[0];
      const n = int(8, 60);
      return [
        `Its ${w} incubator in ${city.en} ${P ? 'hosted' : 'hosts'} cohorts of about ${n} start-ups a year.`,
        `Son incubateur ${w} à ${city.fr} ${P ? 'accueillait' : 'accueille'} chaque année des promotions d'environ ${n} start-up.`,
      ];
    },
    (S, P) => [
      `Crowdfunding campaigns and a mobile money wallet ${P ? 'made' : 'make'} small transfers cheaper than hawala or cash couriers.`,
      `Des campagnes de financement participatif et un portefeuille d'argent mobile ${P ? 'rendaient' : 'rendent'} les petits transferts moins chers que la hawala ou les convoyeurs d'espèces.`,
    ],
    (S, P) => [
      `Virtual exchanges ${P ? 'let' : 'let'} second-generation youth mentor students in their parents' home regions.`,
      `Des échanges virtuels ${P ? 'permettaient' : 'permettent'} aux jeunes de la deuxième génération de parrainer des étudiants dans les régions d'origine de leurs parents.`,
    ],
  ],
  { s: 0.7 },
);
const mechanismSentence = (S) => MECHANISMS.draw()(S, S.past);

const EXTRA_SENTENCES = [
  { w: 10, f: supportSentence },
  { w: 8, f: themeSentence },
  { w: 7, ok: (S) => S.funders.length || S.partners.length, f: fundingSentence },
  { w: 5, ok: (S) => S.start !== null && S.start <= VERIFIED_YEAR - 1, f: resultSentence },
  { w: 6, f: mechanismSentence },
  { w: 5, f: placesSentence },
  { w: 4, f: problemSentence },
  { w: 4, ok: (S) => S.originalTitle, f: frenchNameSentence },
];

function weightedDistinct(items, k) {
  const pool = items.slice();
  const chosen = [];
  while (chosen.length < k && pool.length) {
    const i = cumulative(pool.map((x) => x.w))();
    chosen.push(pool[i]);
    pool.splice(i, 1);
  }
  return { chosen, rest: pool };
}

const SUMMARY_MIN = 200;
const SUMMARY_MAX = 600;

function summaries(S) {
  const available = EXTRA_SENTENCES.filter((e) => !e.ok || e.ok(S));
  for (let attempt = 0; attempt < 40; attempt++) {
    const k = choose([2, 3, 4], [25, 45, 30]);
    const { chosen, rest } = weightedDistinct(available, k - 1);
    const sentences = [intro(S), ...chosen.map((e) => e.f(S))];
    const length = () => sentences.reduce((n, s) => n + s[0].length, sentences.length - 1);
    while (length() < SUMMARY_MIN && sentences.length < 4 && rest.length) {
      sentences.push(weightedDistinct(rest, 1).chosen[0].f(S));
      rest.splice(0, rest.length, ...rest.filter((e) => !sentences.includes(e)));
    }
    while (length() > SUMMARY_MAX && sentences.length > 2) sentences.pop();
    const n = length();
    if (n >= SUMMARY_MIN && n <= SUMMARY_MAX) {
      return [sentences.map((s) => s[0]).join(' '), sentences.map((s) => s[1]).filter(Boolean).join(' ')];
    }
  }
  throw new Error(`could not compose a summary of ${SUMMARY_MIN}..${SUMMARY_MAX} characters for ${S.id}`);
}

// ---------------------------------------------------------------------------------------------
// Records

const SUBREGION_CODES = new Map();
for (const c of countryFile.countries) {
  const key = c.intermediate_region ?? c.subregion;
  if (!key) continue;
  if (!SUBREGION_CODES.has(key)) SUBREGION_CODES.set(key, []);
  SUBREGION_CODES.get(key).push(c.code);
}
// Origins of the corridors grouped the same way: several-origin programmes mostly combine these.
const CORRIDOR_NEIGHBOURS = new Map();
for (const corridor of CORRIDORS) {
  corridor.residenceBank = new Bank(corridor.residences, { s: 1 });
  const c = COUNTRIES.get(corridor.origin);
  const key = c.intermediate_region ?? c.subregion;
  if (!CORRIDOR_NEIGHBOURS.has(key)) CORRIDOR_NEIGHBOURS.set(key, []);
  CORRIDOR_NEIGHBOURS.get(key).push(corridor.origin);
}
for (const [key, list] of CORRIDOR_NEIGHBOURS) if (list.length < 2) CORRIDOR_NEIGHBOURS.delete(key);

function makeOrigin(corridor) {
  const r = rnd();
  if (r < 0.08) return ['*'];
  if (r < 0.085) return [];
  if (r < 0.115) return [pick(ALL_CODES)];
  if (r < 0.215) {
    const c = COUNTRIES.get(corridor.origin);
    const key = c.intermediate_region ?? c.subregion;
    const neighbours = (chance(0.85) && CORRIDOR_NEIGHBOURS.get(key)) || SUBREGION_CODES.get(key) || [];
    const list = new Set([corridor.origin]);
    const want = 1 + int(1, 3);
    for (let i = 0; i < 12 && list.size < want && neighbours.length > 1; i++) list.add(pick(neighbours));
    const codes = [...list];
    if (chance(0.3)) codes.push('*');
    return codes;
  }
  return chance(0.04) ? [corridor.origin, '*'] : [corridor.origin];
}

function makeResidence(corridor) {
  const r = rnd();
  if (r < 0.15) return ['*'];
  if (r < 0.155) return [];
  if (r < 0.175) return [pick(ALL_CODES)];
  const codes = corridor.residenceBank.distinct(choose([1, 2, 3], [60, 28, 12]));
  if (chance(0.2)) codes.push('*');
  return codes;
}

function makeYears() {
  const start = chance(0.08) ? null : Math.min(VERIFIED_YEAR, 1970 + Math.floor(57 * Math.pow(rnd(), 0.45)));
  let end;
  if (start === null) end = chance(0.7) ? null : int(1995, 2035);
  else end = chance(0.45) ? null : Math.min(2035, start + Math.floor(Math.pow(rnd(), 1.5) * 15));
  let status;
  if (end === null) status = choose(['ongoing', 'unknown', 'completed'], [55, 30, 15]);
  else if (end < VERIFIED_YEAR) status = chance(0.8) ? 'completed' : 'unknown';
  else if (end === VERIFIED_YEAR) status = choose(['ongoing', 'completed', 'unknown'], [50, 30, 20]);
  else status = chance(0.85) ? 'ongoing' : 'unknown';
  return { start, end, status };
}

function makeRecord(index) {
  const id = `synthetic-${String(index).padStart(6, '0')}`;
  const corridor = corridorBank.draw();
  const origin = makeOrigin(corridor);
  const residence = makeResidence(corridor);
  const org = origin.filter((c) => c !== '*');
  const res = residence.filter((c) => c !== '*');
  const francophone = org.some((c) => FRANCOPHONE.has(c)) || (res.some((c) => FRANCOPHONE.has(c)) && chance(0.5));

  const themes = THEMES.codes.distinct(choose([1, 2, 3, 4], [30, 35, 25, 10]));
  const supports = SUPPORTS.codes.distinct(choose([1, 2, 3], [45, 38, 17]));
  const targets = TARGETS.codes.distinct(choose([1, 2, 3], [45, 38, 17]));
  const { start, end, status } = makeYears();

  const ctx = { francophone, org, res };
  const taken = new Set();
  const implementers = organisations('implementers', choose([1, 2, 3], [60, 30, 10]), ctx, taken);
  const funders = organisations('funders', choose([0, 1, 2, 3], [45, 35, 15, 5]), ctx, taken);
  const partners = organisations('partners', choose([0, 1, 2, 3, 4], [45, 25, 15, 10, 5]), ctx, taken);

  const title = makeTitle({ origin, residence, themes, targets });
  const originalTitle = chance(francophone ? 0.5 : 0.06) ? title.fr : null;
  const acronym = chance(0.55) ? makeAcronym(title, originalTitle) : null;

  const [originEn, originFr] = countryListPhrases(origin, 'origin');
  const [residenceEn, residenceFr] = countryListPhrases(residence, 'residence');
  const S = {
    id, title: title.en, titleFr: originalTitle ?? title.fr, originalTitle, acronym, brand: title.brand, type: title.type,
    start, end, status, past: status === 'completed', org, res, themes, supports, targets, implementers, funders, partners,
    originEn, originFr, residenceEn, residenceFr,
  };
  const [summary, summaryFr] = summaries(S);

  return {
    id,
    title: title.en,
    acronym,
    original_title: originalTitle,
    summary,
    summary_fr: chance(0.9) ? summaryFr : null,
    origin_countries: origin,
    residence_countries: residence,
    implementers: implementers.map(organisationId),
    funders: funders.map(organisationId),
    partners: partners.map(organisationId),
    themes,
    support_types: supports,
    target_groups: targets,
    start_year: start,
    end_year: end,
    status,
    official_url: chance(0.4) ? `https://example.org/programmes/${id}` : null,
    sources: [{ url: `https://example.org/sources/${id}`, supports: 'Synthetic record for benchmarks', accessed: '2026-11-28' }],
    last_verified: LAST_VERIFIED,
  };
}

// ---------------------------------------------------------------------------------------------
// Organisations: records name them by id (data/organisations.json's format), each name once.

const organisationsByName = new Map();
function organisationId({ name, type }) {
  let entry = organisationsByName.get(name);
  if (!entry) {
    const base = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'organisation';
    entry = { id: `${base}-${organisationsByName.size + 1}`, name, type };
    organisationsByName.set(name, entry);
  }
  return entry.id;
}

// ---------------------------------------------------------------------------------------------
// Output: one compact JSON array, written in chunks

const out = process.stdout;
out.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const CHUNK = 1 << 20;
let buffer = '[';
for (let i = 0; i < N; i++) {
  buffer += (i ? ',' : '') + JSON.stringify(makeRecord(i));
  if (buffer.length >= CHUNK) {
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  }
}
buffer += ']\n';
out.write(buffer);
writeFileSync(ORGANISATIONS_OUT, `${JSON.stringify({
  about: 'The organisations of a synthetic benchmark dataset (bench/generate.mjs).',
  organisations: [...organisationsByName.values()],
})}\n`);
