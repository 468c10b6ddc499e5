// The engines under test, behind one interface, loaded in the browser by page.html:
//   const engine = ENGINES.ours; const { readyMs } = await engine.load('10k');
//   const { ids, total } = engine.search('remittances', { origin: ['SN'] });
// `ids` are the first 10 programme ids; every engine also computes facet counts, ours natively,
// the others through the shared JavaScript layer in facets.mjs.
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import Fuse from 'fuse.js';
import init, { Engine } from './out/engine/diaspora_search_js.js';
import { FIELD_BOOSTS, toDocuments } from './docs.mjs';
import { applyFacets } from './facets.mjs';
import { MINISEARCH_OPTIONS } from './minisearch-options.mjs';

const data = (name, kind) => `./out/data/${name}.${kind}.json`;
const fetchText = async (url) => (await fetch(url)).text();
const TOP = 10;

/** Edits allowed like ours: none under 4 characters, 1 from 4, 2 from 8. */
const edits = (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);

function finish(matchedDocs, filters) {
  const { docs, counts } = applyFacets(matchedDocs, filters);
  return { ids: docs.slice(0, TOP).map((doc) => doc.id), total: docs.length, counts };
}

/** Loads a wasm engine (`glue`: its module's init as `default`, and `Engine`) with the
 * catalogue and stored index of dataset `name` from `dir`, into `subject`. */
async function loadStored(subject, glue, dir, name) {
  const start = performance.now();
  const bytes = (url) => fetch(url).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
  const [wasm, catalogue, index] = await Promise.all([
    glue.default(),
    bytes(`${dir}/${name}.catalogue.json`),
    bytes(`${dir}/${name}.index.bin`),
  ]);
  subject.engine = glue.Engine.withIndex(catalogue, index);
  subject.wasm = wasm;
  return { readyMs: performance.now() - start };
}

export const ENGINES = {
  ours: {
    label: 'ours (Rust/wasm, stored index)',
    load(name) {
      return loadStored(this, { default: init, Engine }, './out/data', name);
    },
    wasmBytes() {
      return this.wasm.memory.buffer.byteLength;
    },
    search(q, filters) {
      const response = JSON.parse(this.engine.search(JSON.stringify({ q, filters, page_size: TOP })));
      return { ids: response.ids, total: response.total, counts: response.facets };
    },
  },

  // The same engine indexing at start-up, to decide by measurement which the app should ship.
  'ours-indexing': {
    label: 'ours (Rust/wasm, indexing at start-up)',
    async load(name) {
      const start = performance.now();
      const [wasm, text] = await Promise.all([init(), fetchText(data(name, 'catalogue'))]);
      this.engine = new Engine(text);
      this.wasm = wasm;
      return { readyMs: performance.now() - start };
    },
    wasmBytes() {
      return this.wasm.memory.buffer.byteLength;
    },
    search(q, filters) {
      return ENGINES.ours.search.call(this, q, filters);
    },
  },

  // An earlier commit's engine (bench/baseline.sh <commit>), with its own stored indexes: a
  // target "within 1.2x of that commit" is then measured on the same machine in the same run.
  baseline: {
    label: 'ours at an earlier commit (bench/baseline.sh)',
    async load(name) {
      const start = performance.now();
      const glue = await import('./out/baseline/engine/diaspora_search_js.js');
      await loadStored(this, glue, './out/baseline/data', name);
      // Its glue is imported on demand: that time counts too.
      return { readyMs: performance.now() - start };
    },
    wasmBytes() {
      return this.wasm.memory.buffer.byteLength;
    },
    search(q, filters) {
      return ENGINES.ours.search.call(this, q, filters);
    },
  },

  minisearch: {
    label: 'MiniSearch (prebuilt index)',
    async load(name) {
      const start = performance.now();
      this.index = MiniSearch.loadJSON(await fetchText(data(name, 'minisearch')), MINISEARCH_OPTIONS);
      return { readyMs: performance.now() - start };
    },
    search(q, filters) {
      const results = q.trim()
        ? this.index.search(q, {
            boost: FIELD_BOOSTS,
            combineWith: 'AND',
            prefix: (term, i, terms) => i === terms.length - 1,
            fuzzy: (term) => edits(term),
          })
        : this.index.search(MiniSearch.wildcard);
      return finish(results, filters);
    },
  },

  flexsearch: {
    label: 'FlexSearch',
    async load(name) {
      const start = performance.now();
      this.docs = toDocuments(JSON.parse(await fetchText(data(name, 'catalogue'))));
      const fields = Object.keys(FIELD_BOOSTS);
      this.index = new FlexSearch.Document({
        document: {
          id: 'index',
          index: fields.map((field) => ({ field, tokenize: 'forward', encoder: FlexSearch.Charset.LatinBalance })),
        },
      });
      for (const doc of this.docs) this.index.add(doc);
      // Best field first: FlexSearch merges per-field results in this order.
      this.fields = [...fields].sort((a, b) => FIELD_BOOSTS[b] - FIELD_BOOSTS[a]);
      return { readyMs: performance.now() - start };
    },
    search(q, filters) {
      if (!q.trim()) return finish(this.docs, filters);
      const options = { index: this.fields, limit: this.docs.length, merge: true };
      let results = this.index.search(q, options);
      // Nothing for every word: fall back to FlexSearch's own partial matching.
      if (!results.length) results = this.index.search(q, { ...options, suggest: true });
      return finish(results.map((r) => this.docs[r.id]), filters);
    },
  },

  fuse: {
    label: 'Fuse.js',
    async load(name) {
      const start = performance.now();
      this.docs = toDocuments(JSON.parse(await fetchText(data(name, 'catalogue'))));
      this.index = new Fuse(this.docs, {
        keys: Object.entries(FIELD_BOOSTS).map(([name, weight]) => ({ name, weight })),
        threshold: 0.35,
        ignoreLocation: true,
        includeScore: true,
      });
      return { readyMs: performance.now() - start };
    },
    search(q, filters) {
      if (!q.trim()) return finish(this.docs, filters);
      return finish(this.index.search(q).map((r) => r.item), filters);
    },
  },
};
