// The hosted page's service worker (dist/sw.js, registered only when the page
// is served over http(s)): it keeps the page's files in a cache named after
// the build, so that the page opens from its address without a network, and
// a new build replaces them whole. The data itself stays in IndexedDB.
'use strict';

var CACHE_PREFIX = 'bpa-arbeidsleder-';
var CACHE = CACHE_PREFIX + '@BPA_BUILD@';  // filled in by cmake/offline_files.cmake
var FILES = ['./', 'index.html', 'index.js', 'index.wasm', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(FILES.map(function (f) { return new Request(f, { cache: 'reload' }); }));
  }).then(function () { return self.skipWaiting(); }));
});

// The caches of earlier builds go once this one is in charge.
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf(CACHE_PREFIX) === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// The page's own files from the cache; anything else from the network; a
// page asked for without a network gets the cached page.
self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      if (hit) return hit;
      return fetch(request).catch(function (e) {
        if (request.mode === 'navigate') return cache.match('index.html');
        throw e;
      });
    });
  }));
});
