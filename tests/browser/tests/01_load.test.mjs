// The page loads with no console errors and asks for nothing but its own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, open, ready, state, screenshot } from '../lib.mjs';

test('the page loads, draws, shows no console errors and requests only its own files', async () => {
  const srv = await startServer();
  const { context, page, errors } = await open();
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(srv.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
  try {
    await page.goto(srv.url);
    await ready(page);
    const s = await state(page);
    assert.equal(s.screen, 'Oversikt');
    assert.equal(s.storage_error, '');
    await screenshot(page, '01-start');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    // The page and, for offline use, its manifest, icons and service worker (which keeps them).
    const own = ['/', '/icon-192.png', '/icon-512.png', '/index.html', '/index.js', '/index.wasm', '/manifest.webmanifest', '/sw.js'];
    for (const p of srv.requested) assert.ok(own.includes(p), `${p} is one of the page's own files`);
    for (const p of ['/', '/index.js', '/index.wasm']) assert.ok(srv.requested.includes(p), `${p} loaded`);
  } finally {
    await context.close();
    await srv.close();
  }
});
