// Storage that lasts and backups: the page asks the browser to keep its data
// for good once there is an arrangement, and shows the answer and the bytes
// stored; the overview reminds to export until a backup is made, and the
// import that would replace the open arrangement offers the safe choice first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { click, locate, frames, saved, screenshot, until, openFixture, useLayout, withPage } from '../lib.mjs';

test('persistent storage is asked for, the answer and the size are shown, and the backup reminder goes once exported', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await saved(page);
    await page.waitForFunction(() => Module.bpa.persistAsked && Module.bpa.persisted >= 0, null, { timeout: 10000 });
    const answer = await page.evaluate(() => navigator.storage.persisted());
    assert.equal(await page.evaluate(() => Module.bpa.persisted), answer ? 1 : 0, 'the page shows what the browser says');

    // Never exported: the overview reminds, with a button.
    assert.equal((await locate(page, 'overview.backup.text')).text, 'never');
    await screenshot(page, '21-overview-backup-1280x800');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'overview.backup')]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(JSON.parse(text).assistants.length > 0, 'the backup is the arrangement');
    await frames(page, 3);
    const gone = await page.evaluate(() => Module.ccall('bpa_test_locate', 'string', ['string'], ['overview.backup']));
    assert.equal(gone, '', 'no reminder right after a backup');

    // Innstillinger → Data: the answer, the size, and 0 days since the backup.
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.data');
    assert.equal((await locate(page, 'settings.storage')).text, String(answer ? 1 : 0));
    await page.waitForFunction(() => Module.bpa.used > 0, null, { timeout: 10000 });
    await frames(page, 3);
    assert.ok(Number((await locate(page, 'settings.storage_used')).text) > 0, 'the bytes stored');
    assert.equal((await locate(page, 'settings.backup.text')).text, '0');
    await screenshot(page, '21-settings-data-1280x800');

    // A second file to import: the safe choice ("add as new") comes first and has the keyboard focus.
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'kopi.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt }));
    }, text);
    const add = await locate(page, 'import.add');
    const replace = await locate(page, 'import.replace');
    assert.ok(add.y < replace.y, 'add as new above replace');
    await locate(page, 'import.backup');
    await page.keyboard.press('Tab');
    // Tab moves inside the question, to its first choice: the backup, never the replacing.
    await until(page, (s) => ['import.backup', 'import.add', ''].includes(s.focused), 'the keyboard in the question');
    const st = await until(page, () => true, 'state');
    assert.notEqual(st.focused, 'import.replace', 'the destructive choice does not have the focus');
    await screenshot(page, '21-import-question-1280x800');
    await page.keyboard.press('Escape');
    await until(page, () => true, 'a frame');
    assert.deepEqual(errors, []);
  });
});

for (const layout of [
  { name: '1280x800', viewport: { width: 1280, height: 800 } },
  { name: '1280x720-150', viewport: { width: 1280, height: 720 }, size150: true },
  { name: '820x1180-touch', viewport: { width: 820, height: 1180 }, hasTouch: true },
]) {
  test(`deleting an arrangement reminds to export it first, and the export is one click away (${layout.name})`, async () => {
    await withPage(layout, async ({ page, errors }) => {
      await openFixture(page, 0);
      await saved(page);
      await useLayout(page, layout);
      await click(page, 'nav.settings');
      await click(page, 'settings.tab.data');
      await click(page, 'settings.delete_arrangement');
      assert.equal((await locate(page, 'settings.delete_backup.text')).text, 'never', 'never exported: the reminder');
      const cancel = await locate(page, 'settings.delete_cancel');
      const del = await locate(page, 'settings.delete_confirm');
      assert.ok(cancel.x < del.x || cancel.y < del.y, 'the safe choice comes first');
      await screenshot(page, `21-delete-reminder-${layout.name}`);
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'settings.delete_backup')]);
      const kept = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assert.ok(kept.assistants.length > 0, 'the export is the arrangement');
      await until(page, () => true, 'a frame');
      assert.equal((await locate(page, 'settings.delete_backup.text')).text, '0', 'exported today');
      // Cancel keeps it; delete removes it from the list.
      await click(page, 'settings.delete_cancel');
      assert.equal((await until(page, () => true, 'state')).library.length, 1);
      await click(page, 'settings.delete_arrangement');
      await click(page, 'settings.delete_confirm');
      await until(page, (s) => s.library.length === 0 && s.open_id === '', 'the arrangement deleted');
      assert.deepEqual(errors, []);
    });
  });
}
