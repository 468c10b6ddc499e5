// make bench: loads our engine and the peers in one Chromium run, on the same datasets and
// the frozen query set (bench/queries.json) and the natural-language set
// (bench/natural-queries.json), and prints ours/peer ratios.
// Writes bench/results.json. Prepare first with bench/build.sh (make bench does).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serve } from '../tests/static-server.mjs';
import { measureEmbed } from './embed.mjs';
import { measureFirstVisit, measureLighthouse } from './first-visit.mjs';
import { measureKeystrokes, TYPED } from './keystroke.mjs';
import { measureMap, printMap } from './map.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(`${root}.tools/`);
const { chromium } = require('playwright-core');

const DATASETS = (process.env.BENCH_DATASETS ?? 'real,1k,10k,100k').split(',').filter(Boolean);
/** Datasets the whole app is built with (bench/build.sh) for keystroke → paint. */
const APP_DATASETS = (process.env.BENCH_APP_DATASETS ?? 'real,10k').split(',').filter(Boolean);
/** The commit bench/baseline.sh built, if any: its engine then runs beside ours. */
const BASELINE = existsSync(`${root}bench/out/baseline/commit`)
  ? readFileSync(`${root}bench/out/baseline/commit`, 'utf8').trim() : undefined;
const ENGINES = (process.env.BENCH_ENGINES ?? `ours,${BASELINE ? 'baseline,' : ''}ours-indexing,minisearch,flexsearch,fuse`).split(',');
const PEERS = ENGINES.filter((engine) => engine !== 'ours');
const ROUNDS = 3;
/** Pinned in scripts/versions.env (make bench installs it). */
const LIGHTHOUSE_VERSION = require(`${root}.tools/node_modules/lighthouse/package.json`).version;
/** Time one engine may spend on the query set of one dataset; what is left is reported. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 60_000);
/** Fuse.js scans every document for every query: at 100k records one run takes minutes.
 * Indexing 100k records at start-up in the browser takes minutes too and doubles wasm memory:
 * the stored index is what ships at that size. */
const SKIP = { fuse: new Set(['100k']), 'ours-indexing': new Set(['100k']) };

const LIBRARY_FILES = {
  minisearch: '.tools/node_modules/minisearch/dist/es/index.js',
  flexsearch: '.tools/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs',
  'fuse.js': '.tools/node_modules/fuse.js/dist/fuse.mjs',
};

const frozen = JSON.parse(readFileSync(`${root}bench/queries.json`, 'utf8'));
/** Questions and everyday words as people type them (issue 13), judged apart: their latency,
 * zero-result rate and nDCG are reported beside the frozen set's, which stay comparable. */
const natural = JSON.parse(readFileSync(`${root}bench/natural-queries.json`, 'utf8'));
const queries = [...frozen.queries, ...natural.queries.map((query) => ({ ...query, natural: true }))];
const { judged } = frozen;

function gzipBytes(files) {
  return files.reduce((sum, file) => {
    const path = LIBRARY_FILES[file] ?? `bench/${file.replace(/^\.\//, '')}`;
    return sum + gzipSync(readFileSync(root + path), { level: 9 }).length;
  }, 0);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

function ndcgAt10(ids, relevant) {
  const gain = (rel) => 2 ** rel - 1;
  const dcg = ids.slice(0, 10).reduce((sum, id, i) => sum + gain(relevant[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant).sort((a, b) => b - a).slice(0, 10)
    .reduce((sum, rel, i) => sum + gain(rel) / Math.log2(i + 2), 0);
  return ideal ? dcg / ideal : 0;
}

async function measure(browser, url, engine, dataset) {
  const page = await browser.newPage();
  await page.goto(`${url}bench/page.html`);
  const result = await page.evaluate(
    async ({ engine, dataset, queries, rounds, budget }) => {
      const { ENGINES } = await import('/bench/engines.mjs');
      const subject = ENGINES[engine];
      const heap = () => { gc(); return performance.memory.usedJSHeapSize; };
      const before = heap();
      const { readyMs } = await subject.load(dataset);
      const heapBytes = heap() - before;
      const latencies = [];
      // The first round alone: our engine keeps what each term of a concept finds once it has
      // searched it, so later rounds are the warm case and this one the cold.
      const firstRoundLatencies = [];
      const naturalLatencies = [];
      const answers = {};
      const deadline = performance.now() + budget;
      let runs = 0;
      outer: for (let round = 0; round < rounds; round++) {
        for (const query of queries) {
          const start = performance.now();
          const answer = subject.search(query.q, query.filters ?? {});
          const elapsed = performance.now() - start;
          (query.natural ? naturalLatencies : latencies).push(elapsed);
          if (round === 0 && !query.natural) firstRoundLatencies.push(elapsed);
          runs++;
          if (round === 0) answers[query.id] = { ids: answer.ids, total: answer.total };
          if (performance.now() > deadline) break outer;
        }
      }
      return { readyMs, heapBytes, wasmBytes: subject.wasmBytes?.() ?? 0, latencies, firstRoundLatencies, naturalLatencies, answers, runs };
    },
    { engine, dataset, queries, rounds: ROUNDS, budget: BUDGET_MS },
  );
  await page.close();
  return result;
}

// File lists per engine, mirroring engines.mjs (kept here so Node need not load browser modules).
const FILES = {
  ours: (name) => ['./out/engine/diaspora_search_js.js', './out/engine/diaspora_search_js_bg.wasm', `./out/data/${name}.catalogue.json`, `./out/data/${name}.index.bin`],
  baseline: (name) => ['./out/baseline/engine/diaspora_search_js.js', './out/baseline/engine/diaspora_search_js_bg.wasm', `./out/baseline/data/${name}.catalogue.json`, `./out/baseline/data/${name}.index.bin`],
  'ours-indexing': (name) => ['./out/engine/diaspora_search_js.js', './out/engine/diaspora_search_js_bg.wasm', `./out/data/${name}.catalogue.json`],
  minisearch: (name) => ['minisearch', `./out/data/${name}.minisearch.json`],
  flexsearch: (name) => ['flexsearch', `./out/data/${name}.catalogue.json`],
  fuse: (name) => ['fuse.js', `./out/data/${name}.catalogue.json`],
};

const { server, url } = await serve(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

const results = { date: new Date().toISOString(), baseline: ENGINES.includes('baseline') ? BASELINE : undefined, rounds: ROUNDS, budgetMs: BUDGET_MS, queries: queries.length, datasets: {} };
for (const dataset of DATASETS) {
  if (!existsSync(`${root}bench/out/data/${dataset}.catalogue.json`)) throw new Error(`run bench/build.sh first (${dataset})`);
  results.datasets[dataset] = {};
  for (const engine of ENGINES) {
    if (SKIP[engine]?.has(dataset)) {
      results.datasets[dataset][engine] = { skipped: 'too slow at this size' };
      continue;
    }
    process.stderr.write(`bench: ${dataset} ${engine}… `);
    const r = await measure(browser, url, engine, dataset);
    const entry = {
      readyMs: r.readyMs,
      p50Ms: percentile(r.latencies, 50),
      p95Ms: percentile(r.latencies, 95),
      firstRoundP95Ms: percentile(r.firstRoundLatencies, 95),
      runs: r.runs,
      complete: r.runs === ROUNDS * queries.length,
      gzipBytes: gzipBytes(FILES[engine](dataset)),
      heapBytes: r.heapBytes,
      wasmBytes: r.wasmBytes,
      zeroResultRate:
        frozen.queries.filter((q) => q.kind !== 'zero-result' && r.answers[q.id]?.total === 0).length /
        frozen.queries.filter((q) => q.kind !== 'zero-result' && r.answers[q.id]).length,
      naturalP95Ms: percentile(r.naturalLatencies, 95),
      // Every natural query has its answer in the catalogue: none should find nothing.
      naturalZeroResultRate:
        natural.queries.filter((q) => r.answers[q.id]?.total === 0).length /
        natural.queries.filter((q) => r.answers[q.id]).length,
    };
    if (dataset === 'real') {
      const scored = judged.filter((j) => r.answers[j.query]);
      entry.ndcg10 = scored.reduce((sum, j) => sum + ndcgAt10(r.answers[j.query].ids, j.relevant), 0) / scored.length;
      const naturalScored = natural.judged.filter((j) => r.answers[j.query]);
      entry.naturalNdcg10 = naturalScored.reduce((sum, j) => sum + ndcgAt10(r.answers[j.query].ids, j.relevant), 0) / naturalScored.length;
      entry.naturalZeroResults = natural.queries.filter((q) => r.answers[q.id]?.total === 0).map((q) => q.q);
      entry.typo1ZeroResults = queries.filter((q) => q.kind === 'typo-1' && r.answers[q.id]?.total === 0).map((q) => q.q);
      entry.answers = r.answers;
    }
    results.datasets[dataset][engine] = entry;
    process.stderr.write(`p95 ${entry.p95Ms.toFixed(2)} ms\n`);
  }
}
results.app = {};
for (const dataset of APP_DATASETS) {
  if (!existsSync(`${root}bench/out/app-${dataset}/index.html`)) throw new Error(`run bench/build.sh first (app-${dataset})`);
  process.stderr.write(`bench: app ${dataset} keystroke → paint… `);
  const r = await measureKeystrokes(browser, `${url}bench/out/app-${dataset}/`);
  results.app[dataset] = {
    keystrokes: r.latencies.length,
    p50Ms: percentile(r.latencies, 50),
    p95Ms: percentile(r.latencies, 95),
    maxMs: Math.max(...r.latencies),
    firstResultsMs: r.firstResultsMs,
    maxDomNodes: r.maxNodes,
  };
  process.stderr.write(`p95 ${results.app[dataset].p95Ms.toFixed(1)} ms\n`);
}
results.map = {};
for (const dataset of APP_DATASETS) {
  process.stderr.write(`bench: app ${dataset} map view… `);
  results.map[dataset] = await measureMap(browser, `${url}bench/out/app-${dataset}/`);
  process.stderr.write(`switch ${results.map[dataset].switchInMemoryMs.toFixed(1)} ms once fetched\n`);
}
if (APP_DATASETS.includes('real') && process.env.BENCH_FIRST_VISIT !== '0') {
  const app = `${url}bench/out/app-real/`;
  process.stderr.write('bench: first visit on slow 4G and a 4× slower CPU… ');
  results.firstVisit = await measureFirstVisit(browser, app);
  process.stderr.write(`first text ${results.firstVisit.firstTextMs} ms\n`);
  results.lighthouse = {};
  for (const throttling of ['simulate', 'devtools']) {
    process.stderr.write(`bench: Lighthouse ${LIGHTHOUSE_VERSION} mobile (${throttling})… `);
    results.lighthouse[throttling] = await measureLighthouse(app, throttling);
    process.stderr.write(`score ${results.lighthouse[throttling].score}\n`);
  }
}
if (APP_DATASETS.includes('real')) {
  process.stderr.write('bench: embedding (embed.js bytes, first results on a partner page)… ');
  results.embed = await measureEmbed(browser, `${url}bench/out/app-real/`, `${root}bench/out/app-real`);
  process.stderr.write(`element ${results.embed.firstResultsMs.element.median} ms\n`);
}
await browser.close();
server.close();
// A partial run (some datasets or engines chosen by hand) never overwrites the full results.
const partial = ['BENCH_DATASETS', 'BENCH_ENGINES', 'BENCH_APP_DATASETS', 'BENCH_FIRST_VISIT'].some((name) => process.env[name] !== undefined);
const resultsFile = partial ? 'bench/out/results-partial.json' : 'bench/results.json';
writeFileSync(`${root}${resultsFile}`, JSON.stringify(results, null, 1));
console.log(`results written to ${resultsFile}`);

// The table: our value, each peer's, and ours/peer (below 1 is better for us, except nDCG).
// 'ours-indexing' is listed among the peers so that the two ways of loading compare too.
const fmt = (v, digits = 2) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '–');
const metrics = [
  ['p50 ms', 'p50Ms'], ['p95 ms', 'p95Ms'], ['1st p95 ms', 'firstRoundP95Ms'], ['ready ms', 'readyMs'], ['gzip KB', 'gzipBytes', 1 / 1024],
  ['JS heap MB', 'heapBytes', 1 / 2 ** 20], ['zero-result', 'zeroResultRate'], ['nDCG@10', 'ndcg10'],
  ['nat. p95 ms', 'naturalP95Ms'], ['nat. zero', 'naturalZeroResultRate'], ['nat. nDCG', 'naturalNdcg10'],
];
if (results.baseline) console.log(`\nbaseline: our engine at ${results.baseline.slice(0, 10)} (bench/baseline.sh)`);
for (const [dataset, engines] of Object.entries(results.datasets)) {
  console.log(`\n${dataset}: ours vs peers (ratio = ours / peer)`);
  console.log(['metric', 'ours', ...PEERS.flatMap((p) => [p, 'ratio'])].map((c) => c.padEnd(12)).join(''));
  for (const [label, key, scale = 1] of metrics) {
    const ours = engines.ours?.[key];
    if (ours === undefined) continue;
    const cells = [label, fmt(ours * scale)];
    for (const peer of PEERS) {
      const value = engines[peer]?.[key];
      cells.push(fmt(value === undefined ? undefined : value * scale), fmt(value ? ours / value : undefined));
    }
    console.log(cells.map((c) => String(c).padEnd(12)).join(''));
  }
  for (const engine of ENGINES) {
    const e = engines[engine];
    if (e?.skipped) console.log(`  ${engine}: skipped (${e.skipped})`);
    else if (e && !e.complete) console.log(`  ${engine}: ran ${e.runs} of ${ROUNDS * queries.length} queries within the ${BUDGET_MS} ms budget`);
  }
  if (engines.ours?.naturalZeroResults?.length) console.log(`  ours: natural queries finding nothing: ${engines.ours.naturalZeroResults.join(' | ')}`);
  if (engines.ours?.wasmBytes) console.log(`  ours: wasm memory ${(engines.ours.wasmBytes / 2 ** 20).toFixed(1)} MB`);
}

if (Object.keys(results.app).length) {
  console.log(`\napp: keystroke → results painted (${TYPED.length} queries typed one character at a time)`);
  console.log(['dataset', 'keystrokes', 'p50 ms', 'p95 ms', 'max ms', 'first results ms', 'max DOM nodes'].map((c) => c.padEnd(14)).join(''));
  for (const [dataset, a] of Object.entries(results.app)) {
    console.log([dataset, a.keystrokes, fmt(a.p50Ms, 1), fmt(a.p95Ms, 1), fmt(a.maxMs, 1), a.firstResultsMs, a.maxDomNodes]
      .map((c) => String(c).padEnd(14)).join(''));
  }
}

if (Object.keys(results.map ?? {}).length) printMap(results.map);

if (results.firstVisit) {
  const f = results.firstVisit;
  const row = (label, value, target) => console.log(`  ${label.padEnd(34)}${String(value).padStart(8)}   target ${target}`);
  console.log(`\nfirst visit of the real app: slow 4G (150 ms, 1.6 Mbit/s), CPU 4× slower, served compressed; median of ${f.runs} fresh visits`);
  row('first text (FCP), ms', f.firstTextMs, '≤ 1,000');
  row('first results painted, ms', f.firstResultsMs, '≤ 1,500');
  row('the app running, ms', f.appRunningMs, '');
  row(`typing "diaspora bonds" → answered, ms`, f.typingToResultsMs, '≤ 2,500');
  row('repeat visit: first text, ms', f.repeatFirstTextMs, '≤ 300');
  row('repeat visit: the app running, ms', f.repeatVisitMs, '');
  console.log(`  bytes on the wire: ${f.totalBytes.toLocaleString('en')}`);
  for (const [file, bytes] of Object.entries(f.bytes)) console.log(`    ${file.padEnd(48)}${bytes.toLocaleString('en').padStart(10)}`);
  for (const [method, l] of Object.entries(results.lighthouse ?? {})) {
    console.log(`  Lighthouse ${LIGHTHOUSE_VERSION} mobile (${method}, median of ${l.runs}): performance ${l.score} (target ≥ 95); ` +
      `FCP ${Math.round(l.fcpMs)} ms, LCP ${Math.round(l.lcpMs)} ms, TBT ${Math.round(l.tbtMs)} ms, CLS ${l.cls.toFixed(3)}, SI ${Math.round(l.speedIndexMs)} ms`);
  }
}

if (results.embed) {
  const e = results.embed;
  console.log(`\nembedding: embed.js ${e.embedJsBytes} bytes (${e.embedJsGzipBytes} gzipped); navigation → first results painted, median of 9 first visits [min–max]`);
  for (const [kind, t] of Object.entries(e.firstResultsMs)) {
    console.log(`  ${kind.padEnd(10)}${t.median} ms [${t.min}–${t.max}]`);
  }
}
