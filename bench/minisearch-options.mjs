// MiniSearch at its best for this task: every text field, the stored fields the facet layer
// needs; search options (prefix on the last word, fuzzy by word length, AND) are in engines.mjs.
export const MINISEARCH_OPTIONS = {
  idField: 'index',
  fields: ['title', 'acronym', 'organisations', 'countries', 'regions', 'labels', 'summary'],
  storeFields: ['id', 'facets', 'start_year'],
  // Fold accents so that "senegal" finds "Sénégal" (MiniSearch does not by default).
  processTerm: (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
};
