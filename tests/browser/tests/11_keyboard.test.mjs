// The page can be used from the keyboard alone: the arrow keys move between
// widgets, Space chooses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settle, state, until, screenshot, withPage } from '../lib.mjs';

// Presses `key` until the widget marked `id` has the focus.
async function focusWith(page, key, id, most = 60) {
  const wanted = typeof id === 'function' ? id : (f) => f === id;
  for (let i = 0; i < most; ++i) {
    if (wanted((await state(page)).focused)) return;
    await page.keyboard.press(key);
    await settle(page);
  }
  throw new Error(`${id} never got the focus; last: ${(await state(page)).focused}`);
}

test('with the keyboard only: load an example and open the assistants', async () => {
  await withPage({}, async ({ context, page, errors }) => {
    await page.focus('#canvas');
    await focusWith(page, 'ArrowDown', 'start.example0');
    await page.keyboard.press('Space');
    await until(page, (s) => s.library.length === 1, 'the example, chosen with the keyboard');
    await focusWith(page, 'ArrowUp', (f) => f.startsWith('top.') || f.startsWith('nav.'), 20);
    await focusWith(page, 'ArrowDown', (f) => f.startsWith('nav.'), 10);
    await focusWith(page, 'ArrowUp', 'nav.assistants', 12);
    await page.keyboard.press('Space');
    await until(page, (s) => s.screen === 'Assistenter', 'the assistants screen');
    await screenshot(page, '11-keyboard');
    assert.deepEqual(errors, []);
  });
});
