// Hosted use: over http the page registers its service worker, which keeps
// the page's files in a cache named after the build; with the server stopped
// and the browser offline, a reload still opens the page with the stored
// arrangement. The web app manifest names the page and its icons. The single
// file opened from disk registers nothing and asks for no manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, open, ready, state, documentJson, saved, screenshot, openFixture, startServer } from '../lib.mjs';

test('the served page opens offline from its address with the stored arrangement', async () => {
  const srv = await startServer();
  const { context, page, errors } = await open({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(srv.url);
    await ready(page);
    await openFixture(page, 0);
    await saved(page);
    const before = await documentJson(page);

    // The worker is in charge and has cached the page's files under this build's name.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null ||
                                     navigator.serviceWorker.ready.then(() => true), null, { timeout: 30000 });
    const cached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const keys = await caches.keys();
      const files = keys.length === 1 ? (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname) : [];
      return { keys, files };
    });
    assert.equal(cached.keys.length, 1);
    assert.match(cached.keys[0], /^bpa-arbeidsleder-[0-9a-f]{16}$/, 'the cache is named after the build');
    for (const f of ['/', '/index.html', '/index.js', '/index.wasm', '/manifest.webmanifest', '/icon-192.png'])
      assert.ok(cached.files.includes(f), `${f} is kept`);

    // The manifest: installable, standalone, with its icons.
    const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    assert.equal(manifest.name, 'BPA Arbeidsleder');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    assert.ok(manifest.theme_color);
    assert.deepEqual(manifest.icons.map((i) => i.sizes), ['192x192', '512x512']);

    // The server goes away and the browser is offline: the page still opens, with the arrangement.
    await srv.close();
    await context.setOffline(true);
    const asked = srv.requested.length;
    await page.reload();
    await ready(page);
    const s = await state(page);
    assert.equal(s.library.length, 1);
    assert.deepEqual(await documentJson(page), before, 'the stored arrangement, unchanged');
    assert.equal(srv.requested.length, asked, 'nothing reached the server');
    await screenshot(page, '24-offline-1280x800');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the single file from disk registers no service worker and asks for no manifest', async () => {
  const { context, page, errors } = await open();
  try {
    await page.goto(pathToFileURL(path.join(dist, 'bpa-arbeidsleder.html')).href);
    await ready(page);
    const r = await page.evaluate(async () => ({
      manifest: document.querySelector('link[rel=manifest]') !== null,
      // From file:// the browser offers no service workers at all (asking throws a SecurityError).
      workers: await (navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then((r) => r.length, () => 0) : 0),
    }));
    assert.deepEqual(r, { manifest: false, workers: 0 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
