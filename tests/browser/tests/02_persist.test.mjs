// What the user puts in is kept in IndexedDB: add an assistant, reload, still there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ready, settle, state, documentJson, click, fill, saved, screenshot, until, untilDocument, openFixture, withPage } from '../lib.mjs';

test('create an arrangement, add an assistant, reload: everything is still there', async () => {
  await withPage({}, async ({ context, page, errors, profile }) => {
    await fill(page, 'start.name', 'Kari Nordmann');
    await click(page, 'start.create');
    await until(page, (s) => s.library.length === 1, 'the new arrangement');
    await click(page, 'nav.assistants');
    await click(page, 'assistants.add');
    await fill(page, 'assistant.name', 'Åse Ødegård');
    await fill(page, 'assistant.employed_from', '2026-03-01');
    await page.keyboard.press('Tab');
    await untilDocument(page, (d) => d.assistants.length === 1 && d.assistants[0].name === 'Åse Ødegård' &&
                                     d.assistants[0].employed_from === '2026-03-01', 'the typed assistant', 10000,
      async () => JSON.stringify((await documentJson(page)).assistants));
    await saved(page);
    await screenshot(page, '02-assistant-added');
    let doc = await documentJson(page);
    assert.equal(doc.assistants.length, 1);
    assert.equal(doc.assistants[0].name, 'Åse Ødegård');
    assert.equal(doc.assistants[0].employed_from, '2026-03-01');

    await page.reload();
    await ready(page);
    doc = await documentJson(page);
    assert.equal(doc.arrangement.name, 'Kari Nordmann');
    assert.equal(doc.assistants.length, 1);
    assert.equal(doc.assistants[0].name, 'Åse Ødegård');
    assert.equal(doc.assistants[0].employed_from, '2026-03-01');
    assert.deepEqual(errors, []);
  });
});

test('a wrong date is shown as wrong and not stored; Ctrl+Z undoes the last change', async () => {
  await withPage({}, async ({ context, page }) => {
    await openFixture(page, 0);
    await click(page, 'nav.assistants');
    const before = await documentJson(page);
    const first = before.assistants[0];
    await click(page, `assistants.row.${first.id}`);
    await fill(page, 'assistant.employed_from', '2026-13-01');
    await page.keyboard.press('Tab');
    await settle(page);
    await screenshot(page, '02-wrong-date');
    let doc = await documentJson(page);
    assert.equal(doc.assistants[0].employed_from, first.employed_from, 'the wrong date must not be stored');

    await fill(page, 'assistant.name', 'Nytt Navn');
    await page.keyboard.press('Tab');
    await click(page, 'nav.assistants');  // leave the text field so Ctrl+Z is the page's undo
    await untilDocument(page, (d) => d.assistants[0].name === 'Nytt Navn', 'the new name');
    await page.keyboard.press('Control+z');
    await untilDocument(page, (d) => d.assistants[0].name === first.name, 'undo', 10000,
      async () => JSON.stringify({ state: await state(page), name: (await documentJson(page)).assistants[0].name }));
    await page.keyboard.press('Control+y');
    await untilDocument(page, (d) => d.assistants[0].name === 'Nytt Navn', 'redo');
  });
});
