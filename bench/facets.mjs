// The facet layer given to engines without facets (MiniSearch, FlexSearch, Fuse.js): the
// same semantics as ours (OR within a facet, AND across, disjunctive counts), written plainly.
import { FACET_KEYS } from './docs.mjs';

/**
 * @param matched   the documents the text search returned (shaped like toDocuments()), best first
 * @param filters   { origin: ['SN'], ..., from: 2000, to: 2020 }
 * @returns { docs: those passing the filters, in order, counts: { key: Map(value → count) } }
 */
export function applyFacets(matched, filters) {
  const selected = FACET_KEYS.map((key) => {
    const values = filters?.[key];
    return values && values.length ? new Set(values) : null;
  });
  const from = filters?.from ?? null;
  const to = filters?.to ?? null;
  const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map()]));
  const kept = [];
  const passes = new Array(FACET_KEYS.length);
  for (const doc of matched) {
    if (from !== null || to !== null) {
      const year = doc.start_year;
      if (year === null || (from !== null && year < from) || (to !== null && year > to)) continue;
    }
    let failing = 0;
    let failed = -1;
    for (let f = 0; f < FACET_KEYS.length; f++) {
      const set = selected[f];
      passes[f] = set === null || doc.facets[FACET_KEYS[f]].some((value) => set.has(value));
      if (!passes[f]) {
        failing++;
        failed = f;
      }
    }
    if (failing === 0) kept.push(doc);
    if (failing > 1) continue;
    for (let f = 0; f < FACET_KEYS.length; f++) {
      if (failing === 1 && f !== failed) continue;
      const map = counts[FACET_KEYS[f]];
      for (const value of doc.facets[FACET_KEYS[f]]) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return { docs: kept, counts };
}
