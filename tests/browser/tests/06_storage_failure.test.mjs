// When the browser cannot store anything, the user is told on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, open, ready, state, click, screenshot, until } from '../lib.mjs';

test('a browser without IndexedDB shows that saving does not work, and the page still runs', async () => {
  const srv = await startServer();
  const { context, page } = await open();
  try {
    await page.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }); });
    await page.goto(srv.url);
    await ready(page);
    let s = await state(page);
    assert.match(s.storage_error, /IndexedDB/);
    await click(page, 'start.example0');
    s = await until(page, (s) => s.open_id !== '', 'the example');
    assert.match(s.storage_error, /IndexedDB/);
    await screenshot(page, '06-storage-failure');
  } finally {
    await context.close();
    await srv.close();
  }
});
