// Prebuilds MiniSearch's index for each compiled catalogue in a folder, as a site using
// MiniSearch would ship it: `<name>.minisearch.json`, loaded with MiniSearch.loadJSON().
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { toDocuments } from './docs.mjs';
import { MINISEARCH_OPTIONS } from './minisearch-options.mjs';

const require = createRequire(new URL('../.tools/', import.meta.url));
const MiniSearch = require('minisearch');

const dir = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.catalogue.json'))) {
  const docs = toDocuments(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const index = new MiniSearch(MINISEARCH_OPTIONS);
  index.addAll(docs);
  writeFileSync(join(dir, file.replace('.catalogue.json', '.minisearch.json')), JSON.stringify(index));
}
