// The saved page: one file that works from file://, IndexedDB included. Its
// start screen says that the data belongs to the file's location, and the
// page opened twice from the file loses no edit of either tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { open, ready, state, documentJson, click, drawn, saved, screenshot, untilDocument, dist,
         openFixture } from '../lib.mjs';

test('the single-file page opened from file:// shows the UI, says where its data lives, and keeps data', async () => {
  const { context, page, errors } = await open();
  const url = pathToFileURL(path.join(dist, 'bpa-arbeidsleder.html')).href;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(url);
    await ready(page);
    const note = await drawn(page, 'start.file_note');
    assert.ok(note, 'the note about the file location is on the start screen');
    assert.match(note.text, /flytter eller gir du filen nytt navn, ser det ut som dataene er borte \(de ligger fortsatt under den gamle plasseringen\)/);
    assert.ok(note.y + note.h <= 800, 'the note is seen without scrolling');
    await screenshot(page, '04-single-file-start');
    await openFixture(page, 1);
    await saved(page);
    await screenshot(page, '04-single-file');
    await page.reload();
    await ready(page);
    const doc = await documentJson(page);
    assert.equal(doc.arrangement.jurisdiction, 'DK');

    // The same file in a second tab: an edit in either reaches the other, none is written over.
    const second = await context.newPage();
    const secondErrors = [];
    second.on('pageerror', (e) => secondErrors.push(String(e)));
    await second.goto(url);
    await ready(second);
    assert.equal((await state(second)).open_id, (await state(page)).open_id);
    const n = doc.assistants.length;
    await click(page, 'nav.assistants');
    await click(page, 'assistants.add');
    await saved(page);
    await untilDocument(second, (d) => d.assistants.length === n + 1, 'the second tab takes the first tab\'s edit');
    await click(second, 'nav.assistants');
    await click(second, 'assistants.add');
    await saved(second);
    await untilDocument(page, (d) => d.assistants.length === n + 2, 'the first tab takes the second tab\'s edit');
    assert.equal((await state(page)).conflict, false);
    await page.reload();
    await ready(page);
    assert.equal((await documentJson(page)).assistants.length, n + 2, 'both edits are stored');
    assert.deepEqual(errors, []);
    assert.deepEqual(secondErrors, []);
    assert.ok(requests.every((u) => u.startsWith('file://') || u.startsWith('data:')), requests.join('\n'));
  } finally {
    await context.close();
  }
});
