// Tavla's service worker: lets the app start without a network, so a board opens from this
// browser's IndexedDB copy (y-indexeddb) after a reload while offline. Registered by client/main.tsx
// in production builds only. It keeps the app's files, never data: /api and /sync always go to the
// server, and the boards themselves live in IndexedDB, not here.
//
// - The page (every navigation is the one index.html): network first, so a new deployment takes
//   over on the next load; the last copy when the network is gone.
// - /assets/*: content-hashed by Vite, so a cached file is never stale: cache first. Every file of
//   the current build is fetched ahead (from Vite's manifest, vite.config.ts), so a page not yet
//   opened online (the lazily loaded board page) opens offline too; files of earlier builds go.

const CACHE = 'tavla-app';
const SHELL = '/index.html';
const MANIFEST = '/asset-manifest.json';

/** The paths of every file of the build being served, from Vite's manifest. */
async function buildFiles() {
  const response = await fetch(MANIFEST, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${MANIFEST}: HTTP ${response.status}`);
  const files = new Set();
  for (const chunk of Object.values(await response.json())) {
    for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(`/${file}`);
  }
  return files;
}

/** Caches the files of the current build not cached yet, and drops those of earlier builds. */
async function precacheBuild() {
  const [cache, files] = await Promise.all([caches.open(CACHE), buildFiles()]);
  const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  await cache.addAll([...files].filter((path) => !cached.has(path)));
  await Promise.all([...cached].filter((path) => path.startsWith('/assets/') && !files.has(path)).map((path) => cache.delete(path)));
}

/** The page from the server, kept as the shell for offline starts; the kept shell when offline. */
async function networkFirstShell(event) {
  try {
    const response = await fetch(event.request);
    if (response.ok && response.headers.get('content-type')?.startsWith('text/html')) {
      const copy = response.clone();
      // The page may belong to a new deployment: fetch its files while this one is still online.
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(SHELL, copy)).then(precacheBuild));
    }
    return response;
  } catch (offline) {
    const shell = await caches.match(SHELL);
    if (shell) return shell;
    throw offline;
  }
}

/** A hashed build file: from the cache, else from the server (and kept). */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    await caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener('install', (event) => {
  // skipWaiting: this worker only hands out hashed files, which do not change, and a network-first
  // page, so a tab opened under the previous worker loses nothing when this one takes over at once.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .then(precacheBuild)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // clients.claim: the page that registered this worker is served by it from now on, so it can be
  // reloaded offline straight after its first visit.
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Live data and the board rooms: never from a cache (their failure is how the app learns it is offline).
  if (/^\/(api|sync)(\/|$)/.test(url.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(networkFirstShell(event));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
});
