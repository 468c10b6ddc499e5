// Regenerates data/world-map.json: every country's outline in the Equal Earth projection, as
// SVG path data the app draws without projecting anything, and a marker for each country too
// small to click (or absent from the outlines).
//
//   cd scripts && npm ci && npm run map
//
// Outlines: Natural Earth 1:50m (npm world-atlas, public domain), simplified here with
// topojson-simplify on the sphere; marker positions: npm world-countries (ODbL). Features are
// matched to data/countries.json by their ISO 3166-1 numeric code (M49 for countries); the few
// without one are matched by name: Kosovo is XK, and Somaliland and Northern Cyprus are drawn
// as part of Somalia and Cyprus, as ISO 3166 lists them.
//
// The file: { width, height, shapes: [[code, path], …], markers: [[code, x, y], …] }, in
// integer units of a width × height view box. Paths use relative commands, so that most
// numbers are one or two digits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify, quantile, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const WIDTH = 2000;
/// Share of the outlines' points kept (by spherical area weight): ~45 KB gzip for the world.
const KEEP = 0.07;
/// A shape of less than this many square units is too small to point at on a desktop-width map
/// (under ~5 × 5 CSS px at 1,000 px): it gets a marker too (Gambia, Jamaica, Fiji, Lebanon…).
const MIN_AREA = 100;

const topology = readJson(require.resolve('world-atlas/countries-50m.json'));
const ourCountries = readJson(new URL('../data/countries.json', import.meta.url)).countries;
const byNumeric = new Map(ourCountries.filter((c) => c.m49).map((c) => [c.m49, c.code]));
const known = new Set(ourCountries.map((c) => c.code));
const BY_NAME = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };

const weighted = presimplify(topology, sphericalTriangleArea);
const simplified = simplify(weighted, quantile(weighted, 1 - KEEP));
const geometries = simplified.objects.countries.geometries;
const codeOf = (g) => (g.id ? byNumeric.get(g.id) : BY_NAME[g.properties.name]);
const groups = new Map();
for (const g of geometries) {
  const code = codeOf(g);
  if (!code || code === 'AQ') continue;
  if (!groups.has(code)) groups.set(code, []);
  groups.get(code).push(g);
}

// Fitted to the world without Antarctica (the data's southernmost reach).
const land = {
  type: 'FeatureCollection',
  features: [...groups.values()].flat().map((g) => feature(simplified, g)),
};
const projection = geoEqualEarth().fitWidth(WIDTH, land);
const [[, top], [, bottom]] = geoPath(projection).bounds(land);
projection.translate([projection.translate()[0], projection.translate()[1] - top]);
const height = Math.ceil(bottom - top);

/// A geoPath context writing integer, relative path data: "M12 34l1-2 3 0z".
function relativePath() {
  let out = '';
  let x0 = 0;
  let y0 = 0;
  let points = 0;
  let ring = '';
  return {
    moveTo(x, y) {
      x = Math.round(x);
      y = Math.round(y);
      ring = `M${x} ${y}`;
      points = 1;
      [x0, y0] = [x, y];
    },
    lineTo(x, y) {
      x = Math.round(x);
      y = Math.round(y);
      if (x === x0 && y === y0) return;
      const dx = x - x0;
      const dy = y - y0;
      const part = `${dx}${dy < 0 ? '' : ' '}${dy}`;
      ring += points === 1 ? `l${part}` : `${dx < 0 ? '' : ' '}${part}`;
      points += 1;
      [x0, y0] = [x, y];
    },
    closePath() {
      // A ring that rounds to fewer than three distinct points draws nothing.
      if (points >= 3) out += `${ring}z`;
      ring = '';
    },
    arc() {},
    result() {
      const text = out;
      out = '';
      return text;
    },
  };
}

const context = relativePath();
const path = geoPath(projection, context);
const area = geoPath(projection);
const shapes = [];
const small = new Set();
for (const [code, parts] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const shape = parts.length === 1 ? feature(simplified, parts[0]) : merge(simplified, parts);
  path(shape);
  const d = context.result();
  // The unsimplified outline's area decides whether a marker is needed.
  const full = topology.objects.countries.geometries.filter((g) => codeOf(g) === code);
  const fullArea = area.area(full.length === 1 ? feature(topology, full[0]) : merge(topology, full));
  if (d) shapes.push([code, d]);
  if (!d || fullArea < MIN_AREA) small.add(code);
}

// Countries with no outline at 1:50m (small islands) get a marker too, where one can be placed.
const drawn = new Set(shapes.map(([code]) => code));
const centres = new Map(
  readJson(require.resolve('world-countries/countries.json')).map((c) => [c.cca2, c.latlng]),
);
for (const code of known) if (!drawn.has(code) && code !== 'AQ') small.add(code);
const markers = [];
for (const code of [...small].sort()) {
  const latlng = centres.get(code);
  if (!latlng) continue;
  const [x, y] = projection([latlng[1], latlng[0]]);
  markers.push([code, Math.round(x), Math.round(y)]);
}

const output = {
  about:
    'Generated by scripts/gen-map.mjs from Natural Earth 1:50m (npm world-atlas 2.0.2, public domain) and npm world-countries 5.1.0 (ODbL), Equal Earth projection. Do not edit by hand.',
  width: WIDTH,
  height,
  shapes,
  markers,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
