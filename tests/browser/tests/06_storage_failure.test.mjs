// When the browser cannot store anything, the user is told on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, open, ready, state, click, drawnText, screenshot, until } from '../lib.mjs';

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
    // Said in the reader's words, not the browser's English.
    const shown = await drawnText(page);
    assert.match(shown, /Lagring virker ikke \(nettleseren har ikke IndexedDB, eller den er slått av, for eksempel i et privat vindu\)/);
    assert.doesNotMatch(shown, /this browser has no IndexedDB/);
    await screenshot(page, '06-storage-failure');
  } finally {
    await context.close();
    await srv.close();
  }
});
