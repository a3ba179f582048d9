// Service worker of Alleanze: makes the app work offline after the first visit.
// The post-build hook replaces the two placeholders with the exact files of
// this build, so the cache never holds stale hashed names.
const VERSION = "__ALLEANZE_VERSION__";
const PRECACHE = __ALLEANZE_PRECACHE__;
const CACHE = `alleanze-${VERSION}`;

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the user chooses to
  // reload, so files never change under an open plan.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("alleanze-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "alleanze-apply-update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The app has one page: any address is served by the cached index.html.
    event.respondWith(caches.match("/index.html").then((hit) => hit ?? fetch(request)));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
