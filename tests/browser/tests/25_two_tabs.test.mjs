// Two tabs on one arrangement, with the real IndexedDB and BroadcastChannel:
// a tab without unsaved changes takes what the other saved; changes made in
// both at once are never written over each other: the tab that would
// overwrite becomes read-only and asks, and whichever it chooses, the other
// version stays in storage (as the current or the previous one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, fill, frames, locate, ready, reveal, settle, state, documentJson, untilDocument, saved, screenshot,
         openFixture, loadExample, storedSettings, until, useLayout, withPage } from '../lib.mjs';

async function secondTab(context, srv) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(srv.url);
  await ready(page);
  return { page, errors };
}

// The record IndexedDB holds for `id`: the documents (current, previous) and the version stamp.
function stored(page, id) {
  return page.evaluate((id) => new Promise((resolve, reject) => {
    const open = indexedDB.open('bpa-arbeidsleder');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('arrangements', 'readonly').objectStore('arrangements').get(id);
      get.onsuccess = () => {
        const r = get.result;
        db.close();
        resolve({ version: r.version, current: JSON.parse(r.current), previous: r.previous ? JSON.parse(r.previous) : null });
      };
      get.onerror = () => reject(get.error);
    };
  }), id);
}

const ids = (doc) => doc.assistants.map((a) => a.id).sort().join(',');

// At the same moment, tab `a` adds an assistant and tab `b` undoes its last
// change. Whichever writes first is stored; returns [the tab that became
// read-only, the tab that saved].
async function collide(a, b) {
  const r = await reveal(a, 'assistants.add');
  await a.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await settle(a);
  await a.mouse.down();
  await frames(a, 2);
  await Promise.all([a.mouse.up(), b.keyboard.press('Control+z')]);
  const deadline = Date.now() + 20000;
  for (;;) {
    const [sa, sb] = await Promise.all([state(a), state(b)]);
    if (sa.conflict && !sb.dirty) return [a, b];
    if (sb.conflict && !sa.dirty) return [b, a];
    if (Date.now() > deadline) throw new Error('no conflict: ' + JSON.stringify({ a: sa, b: sb }));
    await a.waitForTimeout(100);
  }
}

async function twoTabs(options, body) {
  await withPage(options, async ({ page, context, errors, srv }) => {
    await openFixture(page, options.lang === 'da' ? 1 : 0);
    await saved(page);
    await useLayout(page, options);
    await saved(page);
    await click(page, 'nav.assistants');
    const second = await secondTab(context, srv);
    const b = second.page;
    assert.equal((await state(b)).open_id, (await state(page)).open_id, 'both tabs have the arrangement open');
    await click(b, 'nav.assistants');
    await body(page, b);
    assert.deepEqual(errors, []);
    assert.deepEqual(second.errors, []);
  });
}

test('two tabs editing the same arrangement lose nothing', async () => {
  await twoTabs({ viewport: { width: 1280, height: 800 } }, async (a, b) => {
    const id = (await state(a)).open_id;
    const n = (await documentJson(a)).assistants.length;

    // A saves; B has no unsaved changes and takes A's version.
    await click(a, 'assistants.add');
    await saved(a);
    await untilDocument(b, (d) => d.assistants.length === n + 1, 'B takes what A saved');
    // and the other way round.
    await click(b, 'assistants.add');
    await saved(b);
    await untilDocument(a, (d) => d.assistants.length === n + 2, 'A takes what B saved');
    assert.equal((await state(a)).conflict, false);
    const v2 = (await stored(a, id)).version;
    assert.ok(v2 >= 3, 'every save stamps a newer version');

    // Both change it at once: one is stored, the other is not written over it.
    let [x, y] = await collide(a, b);
    const mine = await documentJson(x), theirs = await documentJson(y);
    assert.notEqual(ids(mine), ids(theirs));
    let rec = await stored(y, id);
    assert.equal(ids(rec.current), ids(theirs), 'the first save is stored');
    await screenshot(x, '22-conflict-1280x800');
    // Read-only until the user chooses: a command is refused and nothing is written.
    await click(x, 'assistants.add');
    assert.equal(ids(await documentJson(x)), ids(mine), 'no change while read-only');
    assert.equal(ids((await stored(y, id)).current), ids(theirs));

    // Keep mine: asked first; the other version becomes the previous one.
    await click(x, 'conflict.keep_mine');
    await screenshot(x, '22-conflict-confirm-1280x800');
    await click(x, 'conflict.overwrite');
    await saved(x);
    rec = await stored(y, id);
    assert.equal(ids(rec.current), ids(mine), 'the chosen version is stored');
    assert.equal(ids(rec.previous), ids(theirs), 'the overwritten version is kept as the previous one');
    await untilDocument(y, (d) => ids(d) === ids(mine), 'the other tab takes the chosen version');
    assert.equal((await state(y)).conflict, false);

    // Again at once; this time the read-only tab takes the saved version.
    [x, y] = await collide(a, b);
    const saved2 = await documentJson(y);
    assert.equal(ids((await stored(y, id)).current), ids(saved2));
    await click(x, 'conflict.take_saved');
    await untilDocument(x, (d) => ids(d) === ids(saved2), 'the saved version is taken');
    const sx = await state(x);
    assert.equal(sx.conflict, false);
    assert.equal(sx.dirty, false);
    // Editable again, and the edit is stored and reaches the other tab.
    await click(x, 'assistants.add');
    await saved(x);
    const last = await documentJson(x);
    assert.equal(last.assistants.length, saved2.assistants.length + 1);
    await untilDocument(y, (d) => ids(d) === ids(last), 'the other tab takes the new edit');
    assert.equal(ids((await stored(y, id)).current), ids(last));
  });
});

for (const layout of [
  { name: '1280x720-150-da', viewport: { width: 1280, height: 720 }, size150: true, lang: 'da' },
  { name: '820x1180-touch', viewport: { width: 820, height: 1180 }, hasTouch: true },
]) {
  test(`the read-only notice and its choices at ${layout.name}`, async () => {
    await twoTabs(layout, async (a, b) => {
      const n = (await documentJson(a)).assistants.length;
      await click(b, 'assistants.add');  // something for B to undo
      await saved(b);
      await untilDocument(a, (d) => d.assistants.length === n + 1, 'A takes what B saved');
      const [x] = await collide(a, b);
      await screenshot(x, `22-conflict-${layout.name}`);
      for (const id of ['conflict.banner', 'conflict.take_saved', 'conflict.keep_mine', 'conflict.export']) {
        const r = await reveal(x, id);
        assert.ok(r.x >= 0 && r.x + r.w <= layout.viewport.width + 1, `${id} fits the width`);
      }
      await click(x, 'conflict.keep_mine');
      await screenshot(x, `22-conflict-confirm-${layout.name}`);
      await click(x, 'conflict.cancel');
      assert.equal((await state(x)).conflict, true, 'cancel keeps the choice open');
    });
  });
}

test('settings changed in two tabs: neither tab writes over the other\'s change', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page: a, context, errors, srv }) => {
    await loadExample(a, 0);
    await saved(a);
    const id = (await state(a)).open_id;
    const second = await secondTab(context, srv);
    const b = second.page;

    // Tab A exports the arrangement: the day of the export is kept in the settings.
    const [download] = await Promise.all([a.waitForEvent('download'), click(a, 'top.export')]);
    assert.match(download.suggestedFilename(), /\.json$/);
    await saved(a);
    const exportedOn = (await storedSettings(a)).exported[id];
    assert.match(exportedOn, /^\d{4}-\d{2}-\d{2}$/);

    const navHeight = (await locate(a, 'nav.overview')).h;
    // Tab A sets the backup reminder to 30 days; then, at the same moment, tab A
    // turns on high contrast and tab B (which started before all this) chooses
    // Danish; then tab B chooses 150 % text.
    await click(a, 'nav.settings');
    await click(a, 'settings.tab.data');
    await fill(a, 'settings.backup_days', '30');
    await saved(a);
    const reminder = (await storedSettings(a)).backup_reminder_days;
    assert.equal(reminder, 30, 'tab A changed the reminder from its default to the 30 days typed');
    await click(a, 'settings.tab.display');
    await click(b, 'top.language');
    await Promise.all([click(a, 'settings.high_contrast'), click(b, 'top.language.da')]);
    await click(b, 'nav.settings');
    await click(b, 'settings.tab.display');
    await click(b, 'settings.size150');
    await saved(a);
    await saved(b);

    // Stored: every change of both tabs.
    const s = await storedSettings(a);
    assert.equal(s.language, 'da');
    assert.equal(s.text_scale, 1.5);
    assert.equal(s.high_contrast, true);
    assert.equal(s.backup_reminder_days, reminder);
    assert.equal(s.exported[id], exportedOn, 'tab B kept the export day it had not seen when it started');

    // Each tab has taken the other's changes without a reload: tab A speaks
    // Danish and draws its text at 150 % (its navigation grows).
    await until(a, (st) => st.language === 'da', 'tab A in Danish');
    for (let i = 0; ; ++i) {
      const h = (await locate(a, 'nav.overview')).h;
      if (h >= navHeight * 1.4) break;
      if (i > 50) assert.fail(`tab A did not take 150 % text: ${h} against ${navHeight}`);
      await frames(a, 2);
    }
    await screenshot(a, '25-settings-taken-a');
    await screenshot(b, '25-settings-taken-b');
    // Tab B writes again (high contrast off): what tab A changed stays.
    await click(b, 'settings.high_contrast');
    await saved(b);
    const after = await storedSettings(b);
    assert.equal(after.high_contrast, false);
    assert.equal(after.backup_reminder_days, reminder);
    assert.equal(after.exported[id], exportedOn);
    assert.equal(after.language, 'da');
    assert.deepEqual(errors, []);
    assert.deepEqual(second.errors, []);
  });
});
