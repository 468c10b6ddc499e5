// The explorer's service worker; scripts/post-build.mjs fills in the cache name and the list
// of files of the build it belongs to.
const CACHE = __CACHE_NAME__;
const FILES = __FILES__;
// Where the app lives: the directory of this script (the app may be hosted under a sub-path).
const BASE = new URL('./', self.location).href;
const INDEX = new URL('index.html', BASE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, BASE).href))),
  );
});

// A new version waits until the page asks for it, so that a page never mixes two builds.
// SKIP_WAITING_MESSAGE, defined in core/src/explorer/contract.rs and checked by
// core/tests/contract.rs.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith('diaspora-explorer-') && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    // A page of this build. The start page (any query) comes from the cache at once, as the
    // rest of the build does: a repeat visit shows at once, even on a slow network, and a new
    // build arrives as a new worker, which the page offers to switch to ("new version"). Other
    // pages (the programmes' own, not precached: a hundred are too many for a first visit on a
    // phone) come from the network, and from this build's start page when offline, which the
    // app turns into the view the address names (the start script shows a loading line
    // meanwhile).
    const path = new URL(request.url).pathname;
    const start = path === new URL(BASE).pathname || request.url.split('?')[0] === INDEX;
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const cached = start ? await cache.match(INDEX) : undefined;
        return cached ?? fetch(request).catch(() => cache.match(INDEX)).then((response) => response ?? Response.error());
      }),
    );
    return;
  }
  // Hashed assets never change: the cache first.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached ?? fetch(request)),
  );
});
