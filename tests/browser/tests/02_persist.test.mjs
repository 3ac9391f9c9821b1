// What the user puts in is kept in IndexedDB: add an assistant, reload, still there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ready, settle, state, documentJson, click, fill, saved, screenshot, until, untilDocument, openFixture, loadExample,
         withPage } from '../lib.mjs';

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

// The arrangement menu of the top bar: choosing another arrangement saves the
// open one first, and the first save of it since the page opened reads the
// stored list anew, the list the menu is drawing from.
test('another arrangement chosen in the top bar right after a change: the change is saved and the page keeps drawing', async () => {
  await withPage({}, async ({ page, errors }) => {
    await loadExample(page, 0);
    await openFixture(page, 1);
    await saved(page);
    const first = await state(page);
    const kept = first.open_id;  // the one open when the page is opened again
    const other = first.library.find((e) => e.id !== kept).id;
    // The page's clock at a twentieth of real time from the next load: a change
    // waits 10 s instead of 0.5 s for its save, so that choosing the other
    // arrangement is what saves it, however slowly this machine draws.
    await page.addInitScript(() => {
      const real = performance.now.bind(performance), start = real();
      performance.now = () => start + (real() - start) / 20;
    });
    await page.reload();
    await ready(page);
    assert.equal((await state(page)).open_id, kept);
    await click(page, 'nav.settings');
    await fill(page, 'settings.name', 'Endret rett før byttet');
    await untilDocument(page, (d) => d.arrangement.name === 'Endret rett før byttet', 'the new name');
    assert.equal((await state(page)).dirty, true, 'the change is not saved yet');
    await click(page, 'top.arrangement');
    await screenshot(page, '02-arrangement-menu');
    await click(page, `library.${other}`);
    let s = await until(page, (s) => s.open_id === other, 'the other arrangement open');
    s = await until(page, (s) => s.library.some((e) => e.id === kept && e.name === 'Endret rett før byttet'),
                    'the changed name in the list');
    assert.equal(s.library.length, 2);
    await saved(page);
    // Back to the changed one, through the same menu: the change is there.
    await click(page, 'top.arrangement');
    await click(page, `library.${kept}`);
    await until(page, (s) => s.open_id === kept, 'the changed arrangement open again');
    assert.equal((await documentJson(page)).arrangement.name, 'Endret rett før byttet');
    assert.deepEqual(errors, []);
  });
});
