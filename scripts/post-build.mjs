// Trunk post_build hook (Trunk.toml): turns trunk's staging directory into a page that runs
// under a strict Content-Security-Policy and works offline.
//
// 1. The inline start-up script trunk writes is moved into a hashed file `boot-<hash>.js`
//    (loaded with Subresource Integrity), so the policy needs no 'unsafe-inline' for scripts;
//    the boot script also registers the service worker. The JS glue is minified.
// 2. The Content-Security-Policy goes into index.html as a <meta> (the hosting docs give the
//    same policy as a header, plus frame-ancestors, which a <meta> cannot carry). The
//    catalogue (`catalogue-<hash>.json`, written by build.rs, its name compiled into the wasm)
//    is copied in from cargo's build directory and preloaded by the page, so that it
//    downloads in parallel with the wasm.
// 3. The static pages: the start page and one per programme, rendered by src/bin/prerender.rs,
//    each with a <base> and the start script that shows the right copy of it.
// 4. `_headers` for static hosts that read it (the policy as a header, caching rules).
// 5. `embed.js`, the partners' script, from public/embed.js with the built files' names.
// 6. `sw.js` is generated from the real list of built files, its cache named after a hash of
//    their contents: a new build is a new cache, and the old one is deleted on activation.
// 7. Every text and wasm file gets a gzip (`.gz`) and a Brotli (`.br`) copy beside it, for
//    hosts that serve precompressed files (nginx `gzip_static`/`brotli_static`, the test
//    server); the wasm is 1.2 MB raw and about a third of that compressed.
//
// Trunk sets TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL for hooks.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';

/** The policy of the hosted page. Partner data (`?data=`) may come from any https origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const sha = (algorithm, data) => createHash(algorithm).update(data).digest();
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 1. The inline module script → boot-<hash>.js.
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('post-build.mjs: trunk\'s inline start-up script was not found in index.html');
// In the boot script, 'diaspora-update-ready' (UPDATE_READY_EVENT) and __diasporaUpdating
// (UPDATING_FLAG) are defined in core/src/explorer/contract.rs and checked by
// core/tests/contract.rs; said here rather than in the template, so that the boot script
// stays as it was.
const boot = `${match[1].trim()}

// Offline use: the service worker precaches this build. A new build waits until the page
// agrees to reload (see the "new version" prompt of the app).
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const ready = (worker) => dispatchEvent(new CustomEvent('diaspora-update-ready', { detail: worker }));
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) ready(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) ready(worker);
      });
    });
  }).catch((error) => console.warn('offline use is unavailable:', error));
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading && window.__diasporaUpdating) { reloading = true; location.reload(); }
  });
}
`;
const bootName = `boot-${sha('sha256', boot).toString('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), boot);
const integrity = `sha384-${sha('sha384', boot).toString('base64')}`;
html = html.replace(inline, `<script type="module" src="${publicUrl}${bootName}" integrity="${integrity}" crossorigin="anonymous"></script>`);

// 1a. Wasm splitting. Trunk's wasm-bindgen ran on the whole module; this runs the splitter
//     (wasm-split-cli, pinned in scripts/versions.env) on cargo's own output (linked with
//     --emit-relocs, .cargo/config.toml) at the `#[lazy]` functions of src/app.rs, wasm-bindgen
//     again on the start-up part, and wasm-opt on every part (Trunk's is off: index.html,
//     data-wasm-opt="0"). The start-up part and its glue keep trunk's names; the chunks and the
//     script that loads them are named by their content's hash, so they can be cached for good.
{
  const glueName = readdirSync(staging).find((name) => /^diaspora-explorer-[0-9a-f]+\.js$/.test(name));
  const wasmName = readdirSync(staging).find((name) => /^diaspora-explorer-[0-9a-f]+_bg\.wasm$/.test(name));
  if (!glueName || !wasmName) throw new Error('post-build.mjs: no JS glue or wasm in the build');
  const stem = glueName.replace(/\.js$/, '');
  const target = process.env.CARGO_TARGET_DIR || fileURLToPath(new URL('../target', import.meta.url));
  const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
  const raw = join(target, 'wasm32-unknown-unknown', profile, 'diaspora-explorer.wasm');
  if (!existsSync(raw)) throw new Error(`post-build.mjs: cargo's wasm was not found at ${raw}`);
  const work = join(target, 'wasm-split');
  const split = join(work, 'split');
  const bound = join(work, 'bound');
  for (const dir of [split, bound]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const bin = (name) => join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'bin', name);
  const run = (command, args) => {
    const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`post-build.mjs: ${command} ${args.join(' ')} failed`);
  };
  run(bin('wasm-split-cli'), ['--target', 'web', '--out-name', stem, raw, split]);
  run(bin('wasm-bindgen'), ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--out-dir', bound, '--out-name', stem, join(split, `${stem}.wasm`)]);
  const wasmOpt = fileURLToPath(new URL('../.tools/node_modules/.bin/wasm-opt', import.meta.url));
  const optimise = (from, to) => run(wasmOpt, ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', '--strip-debug', '--strip-producers', from, '-o', to]);
  optimise(join(bound, `${stem}_bg.wasm`), join(staging, wasmName));
  let glue = readFileSync(join(bound, `${stem}.js`), 'utf8');
  let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
  for (const chunk of readdirSync(split).filter((name) => name.endsWith('.wasm') && name !== `${stem}.wasm`)) {
    const optimised = join(work, chunk);
    optimise(join(split, chunk), optimised);
    const bytes = readFileSync(optimised);
    const name = `wasm-chunk-${sha('sha256', bytes).toString('hex').slice(0, 16)}.wasm`;
    writeFileSync(join(staging, name), bytes);
    loader = loader.split(`"./${chunk}"`).join(`"./${name}"`);
  }
  const loaderName = `wasm-split-${sha('sha256', loader).toString('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, loaderName), loader);
  // The module statements only: the same string also names the wasm's import module, which
  // must stay as the wasm says.
  glue = glue.split('from "./__wasm_split.js"').join(`from "./${loaderName}"`);
  writeFileSync(join(staging, glueName), glue);
}

// 1b. The JS glue wasm-bindgen wrote, minified (terser, pinned in scripts/versions.env; installed
//     into .tools/ by scripts/setup.sh): its name keeps trunk's hash, its modulepreload gets the
//     new file's integrity.
{
  const glueName = readdirSync(staging).find((name) => /^diaspora-explorer-[0-9a-f]+\.js$/.test(name));
  if (!glueName) throw new Error('post-build.mjs: no JS glue in the build');
  const tools = createRequire(new URL('../.tools/', import.meta.url));
  const { minify } = tools('terser');
  const gluePath = join(staging, glueName);
  const source = readFileSync(gluePath, 'utf8');
  const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  writeFileSync(gluePath, code);
  const preload = new RegExp(`(<link rel="modulepreload" href="[^"]*${glueName}"[^>]*integrity=")[^"]*(")`);
  if (!preload.test(html)) throw new Error(`post-build.mjs: the modulepreload of ${glueName} was not found`);
  html = html.replace(preload, (_, before, after) => `${before}sha384-${sha('sha384', code).toString('base64')}${after}`);
}

// 2. The catalogue the wasm fetches: the one name of that form in it, from the build directory
//    of the build that compiled it (CARGO_TARGET_DIR is set by scripts/wasm-env.sh on the
//    Debian toolchain's path).
const wasmFile = readdirSync(staging).find((name) => /_bg\.wasm$/.test(name));
if (!wasmFile) throw new Error('post-build.mjs: no wasm module in the build');
// The start-up module and its chunks: a file a lazy view alone fetches (the map's) is named in
// the chunk.
const wasmText = readdirSync(staging)
  .filter((name) => name.endsWith('.wasm'))
  .map((name) => readFileSync(join(staging, name)).toString('latin1'))
  .join('\n');
const targetDir = process.env.CARGO_TARGET_DIR || fileURLToPath(new URL('../target', import.meta.url));
const wasmTarget = join(targetDir, 'wasm32-unknown-unknown');
/** The one file named `<kind>-<hash>.json` in the wasm, copied in from cargo's build directory. */
const copyNamedFile = (kind) => {
  const named = new Set(wasmText.match(new RegExp(`${kind}-[0-9a-f]{16}\\.json`, 'g')));
  if (named.size !== 1) throw new Error(`post-build.mjs: the wasm names ${named.size} ${kind} files, not one`);
  const [name] = named;
  const source = (existsSync(wasmTarget) ? readdirSync(wasmTarget) : [])
    .flatMap((profile) => {
      const build = join(wasmTarget, profile, 'build');
      return existsSync(build) ? readdirSync(build).map((dir) => join(build, dir, 'out', name)) : [];
    })
    .find((path) => existsSync(path));
  if (!source) throw new Error(`post-build.mjs: ${name} was not found under ${wasmTarget}/*/build/*/out`);
  copyFileSync(source, join(staging, name));
  return name;
};
const catalogueName = copyNamedFile('catalogue');
// The programmes' sources, which the app fetches once the catalogue is in (build.rs).
copyNamedFile('sources');
// The world map's outlines, fetched when the map first opens (build.rs, scripts/gen-map.mjs).
copyNamedFile('world-map');

// trunk gives the wasm's preload an `integrity` attribute, which Chromium ignores for
// `as="fetch"` preloads and warns about on every load (crbug.com/981419): dropped, so that the
// console stays clean. (The JS glue's modulepreload keeps its integrity, which is enforced.)
// The wasm and the catalogue are preloaded at low priority: they start at once, but do not
// take bandwidth from the stylesheet and the start script, which the first paint waits for.
html = html.replace(/(<link rel="preload" href="[^"]*_bg\.wasm"[^>]*?) integrity="[^"]*"/, '$1 fetchpriority="low"');

// The policy first in <head> (after the character set, which must come within the first 1,024
// bytes), so that it covers everything after it; the catalogue's preload early, so that the
// browser fetches it while it downloads the wasm.
html = html.replace(
  /<meta charset="utf-8" \/>/,
  (charset) =>
    `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />` +
    `\n    <link rel="preload" href="${publicUrl}${catalogueName}" as="fetch" crossorigin="anonymous" fetchpriority="low" />`,
);

// 3. The static pages: the start page, "About the data" (`about/`) and each programme's own
//    page (`programmes/<id>/`), the app's components rendered at build time by
//    src/bin/prerender.rs (natively, with rustup's cargo and none of the wasm toolchain's
//    variables), in English and in French, with each
//    page's title, description, Open Graph tags and canonical link. Every page gets a <base>
//    naming the explorer's root, so that its relative links and the app's addresses mean the
//    same on every page; and start-<hash>.js, a classic script that runs before the body is
//    drawn and shows the copy the app will show first (the reader's language), or a loading
//    line when the address asks for another view (a search, a filter, an embed).
const prerendered = prerender();
const start = `// Which of the page's static views the app will show first, decided before the body is drawn
// (src/bin/prerender.rs writes them; public/styles.css shows the one named here). The language
// is the app's rule: a usable \`lang=\` in the address, else the browser's first English or French.
(() => {
  const primary = (tag) => String(tag).trim().split(/[-_]/)[0].toLowerCase();
  const known = (tag) => tag === 'en' || tag === 'fr';
  const params = new URLSearchParams(location.search);
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const lang = params.getAll('lang').map(primary).find(known) ?? browser.map(primary).find(known) ?? 'en';
  const page = document.querySelector('meta[name="diaspora-page"]')?.content ?? '';
  const here = decodeURI(location.pathname).slice(new URL(document.baseURI).pathname.length).replace(/index\.html$/, '');
  const same = here === page && [...params.keys()].every((key) => key === 'lang');
  document.documentElement.lang = lang;
  document.documentElement.dataset.prerendered = same ? lang : 'loading';
})();
`;
const startName = `start-${sha('sha256', start).toString('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, startName), start);
const startTag = `<script src="${publicUrl}${startName}" integrity="sha384-${sha('sha384', start).toString('base64')}"></script>`;
for (const page of prerendered.pages) {
  const text = html
    .replace(
      /<meta http-equiv="Content-Security-Policy"[^>]*\/>/,
      (policy) => `${policy}\n    <base href="${publicUrl}" />\n    <meta name="diaspora-page" content="${page.path}" />\n    ${startTag}`,
    )
    .replace(/<title>[^<]*<\/title>/, '')
    // Functions, not strings: a replacement string would read `$&` or `$1` in the data as
    // patterns.
    .replace(/<meta name="description"[^>]*\/>/, () => page.head)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `${page.body}\n    <noscript>${page.noscript ?? ''}</noscript>`);
  const file = join(staging, page.path, 'index.html');
  mkdirSync(join(staging, page.path), { recursive: true });
  writeFileSync(file, text);
}

/** src/bin/prerender.rs's pages, for the dataset of this build (DIASPORA_DATA, passed on). */
function prerender() {
  const env = { ...process.env };
  // The wasm toolchain's variables (scripts/wasm-env.sh) are not for this native build.
  for (const name of ['RUSTC_BOOTSTRAP', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_TARGET_DIR', 'CARGO_BUILD_TARGET', 'RUSTFLAGS']) delete env[name];
  const cargoHome = env.CARGO_HOME || join(homedir(), '.cargo');
  const rustup = join(cargoHome, 'bin', 'cargo');
  const cargo = existsSync(rustup) ? rustup : 'cargo';
  env.PATH = `${join(cargoHome, 'bin')}:${env.PATH}`;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = spawnSync(
    cargo,
    ['run', '--quiet', '--no-default-features', '--features', 'prerender', '--bin', 'prerender'],
    { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`post-build.mjs: the static pages could not be rendered (cargo exit ${run.status ?? run.error})`);
  return JSON.parse(run.stdout);
}

// The built files (hashed names), found by their patterns.
const built = readdirSync(staging);
const find = (pattern, what) => {
  const names = built.filter((name) => pattern.test(name));
  if (names.length !== 1) throw new Error(`post-build.mjs: expected one ${what}, found ${names.join(', ') || 'none'}`);
  return names[0];
};
const glue = find(/^diaspora-explorer-[0-9a-f]+\.js$/, 'JS glue');
const wasm = find(/^diaspora-explorer-[0-9a-f]+_bg\.wasm$/, 'wasm module');
const css = find(/^styles-[0-9a-f]+\.css$/, 'stylesheet');
// trunk writes its hashes without leading zeros: 15 hex digits, now and then.
const hashed = built.filter((name) => /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(name)).sort();

// 4. `_headers`, read by static hosts such as Netlify and Cloudflare Pages: the same policy as
//    a header (plus frame-ancestors, which only a header can carry), and caching rules.
const headers = `# Written by scripts/post-build.mjs; see README.md, "Host it".
/*
  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors ${process.env.FRAME_ANCESTORS || "'self' https:"}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
/
  Cache-Control: no-cache
/index.html
  Cache-Control: no-cache
/programmes/*
  Cache-Control: no-cache
/about/*
  Cache-Control: no-cache
/sw.js
  Cache-Control: no-cache
/manifest.webmanifest
  Cache-Control: no-cache
/embed.js
  Cache-Control: no-cache
  Access-Control-Allow-Origin: *
/*.wasm
  Content-Type: application/wasm
${hashed
  .map((name) => `/${name}
  Cache-Control: public, max-age=31536000, immutable
  Access-Control-Allow-Origin: *
`)
  .join('')}`;
writeFileSync(join(staging, '_headers'), headers);

// 5. embed.js: comments and indentation dropped (partners pay for every byte); it is loaded
//    from a stable address, so it names the current build's hashed files.
const embedSource = readFileSync(new URL('../public/embed.js', import.meta.url), 'utf8');
const embed = `// Diaspora Programme Explorer widget; source and documentation: public/embed.js
${embedSource
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('//'))
  .join('\n')
  .replace('__GLUE__', glue)
  .replace('__WASM__', wasm)
  .replace('__CSS__', css)
  .replace('__CATALOGUE__', catalogueName)}
`;
writeFileSync(join(staging, 'embed.js'), embed);

// 6. The service worker, precaching every built file but the programmes' own pages.
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    // Not the worker itself, nor the hosts' header rules, which are never served.
    else if (name !== 'sw.js' && name !== '_headers') files.push(relative(staging, path).split('\\').join('/'));
  }
};
walk(staging);
files.sort();
// The programmes' own pages are cached as they are visited, not all at once: a first visit on a
// phone should not download a hundred pages in the background.
// The cache's name still covers them all: a change to any page is a new build.
const precached = files.filter((file) => !file.startsWith('programmes/'));
const version = createHash('sha256');
for (const file of files) version.update(file).update(readFileSync(join(staging, file)));
const cacheName = `diaspora-explorer-${version.digest('hex').slice(0, 16)}`;
const template = readFileSync(new URL('service-worker.js', import.meta.url), 'utf8');
writeFileSync(
  join(staging, 'sw.js'),
  template.replace('__CACHE_NAME__', JSON.stringify(cacheName)).replace('__FILES__', JSON.stringify(precached)),
);

// 7. Precompressed copies, at the highest levels: compressed once at build time, served many
//    times. Written last, so that the service worker's list holds only the files themselves
//    (the browser caches what it decoded).
const COMPRESSED = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt']);
let compressed = 0;
for (const file of [...files, 'sw.js']) {
  if (!COMPRESSED.has(extname(file))) continue;
  const path = join(staging, file);
  const data = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(data, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
        [zlib.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
      },
    }),
  );
  compressed += 1;
}
console.log(
  `post-build: ${bootName}, CSP, embed.js (${embed.length} bytes), ${prerendered.pages.length} static pages, sw.js (${cacheName}, ${precached.length} files), ` +
    `.gz and .br for ${compressed} files`,
);
