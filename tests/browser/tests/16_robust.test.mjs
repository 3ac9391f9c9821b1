// Nothing typed is lost when saving fails; a file nested too deeply is refused
// with its path; a tab waiting for storage says why; download names are safe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, open, ready, settle, state, documentJson, click, fill, saved, screenshot, until, untilDocument,
         openFixture, withPage, outputDir } from '../lib.mjs';

// Whether leaving the page now would ask first (the page's beforeunload handler cancels the event).
const leavingAsks = (page) => page.evaluate(() => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
});

// The open arrangement's record as IndexedDB holds it (not the page's mirror).
const storedText = (page, id) => page.evaluate((id) => new Promise((resolve, reject) => {
  const req = indexedDB.open('bpa-arbeidsleder');
  req.onsuccess = () => {
    const db = req.result;
    const get = db.transaction('arrangements', 'readonly').objectStore('arrangements').get(id);
    get.onsuccess = () => { db.close(); resolve(get.result ? get.result.current : null); };
    get.onerror = () => { db.close(); reject(get.error); };
  };
  req.onerror = () => reject(req.error);
}), id);

async function rename(page, name) {
  await click(page, 'nav.assistants');
  const doc = await documentJson(page);
  await click(page, `assistants.row.${doc.assistants[0].id}`);
  await fill(page, 'assistant.name', name);
  await page.keyboard.press('Tab');
  await untilDocument(page, (d) => d.assistants[0].name === name, 'the new name');
}

test('when the browser refuses to save, the change stays unsaved, the banner offers the export, leaving asks, and the change is saved once writing works again', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);
    await saved(page);
    const id = (await state(page)).open_id;

    // Out of quota: every put fails.
    await page.evaluate(() => {
      window.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('no room', 'QuotaExceededError'); };
    });
    await rename(page, 'Skrevet under feilen');
    let s = await until(page, (s) => s.save_failed, 'the failed write', 20000);
    assert.equal(s.dirty, true, 'a failed write is not saved');
    assert.match(s.storage_error, /QuotaExceededError/);
    assert.equal(await leavingAsks(page), true, 'closing with unsaved changes asks first');
    assert.doesNotMatch(await storedText(page, id), /Skrevet under feilen/);
    await screenshot(page, '15-save-failed');

    // The banner's export saves the work.
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'storage.export')]);
    const file = path.join(outputDir, download.suggestedFilename());
    await download.saveAs(file);
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).assistants[0].name, 'Skrevet under feilen');

    // Writing works again: a later attempt stores the change without another edit.
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
    s = await until(page, (s) => !s.dirty && !s.save_failed, 'the retried write', 45000);
    assert.equal(s.storage_error, '');
    await page.evaluate(() => Module.bpa.whenSaved());
    assert.match(await storedText(page, id), /Skrevet under feilen/);
    assert.equal(await leavingAsks(page), false);

    await page.reload();
    await ready(page);
    assert.equal((await documentJson(page)).assistants[0].name, 'Skrevet under feilen');
    assert.deepEqual(errors, []);
  });
});

test('a dropped file nested 5,000 levels deep is refused with its path, and the page keeps drawing', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);
    await saved(page);
    const before = await documentJson(page);
    const deep = JSON.stringify({ ...before, notes: 'DEEP' }).replace('"DEEP"', '['.repeat(5000) + ']'.repeat(5000));
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dyp.json', { type: 'application/json' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, deep);
    const s = await until(page, (s) => s.import_problems.length > 0, 'the refusal');
    assert.equal(s.import_problems.length, 1);
    assert.match(s.import_problems[0], /^notes\[0\]\[0\]\[0\].*: Filen er nøstet for dypt: mer enn 100 nivåer/);
    assert.equal(s.pending_import, false);
    assert.equal(s.library.length, 1);
    assert.deepEqual(await documentJson(page), before);
    // Still drawing: a click changes the screen.
    await click(page, 'nav.assistants');
    await screenshot(page, '15-too-deep');
    assert.deepEqual(errors, []);
  });
});

test('a tab opened while a deletion of the stored data is held up says what it waits for, offers to retry, and starts when it can', async () => {
  const srv = await startServer();
  const { context, page } = await open();
  try {
    await page.goto(srv.url);
    await ready(page);
    await openFixture(page, 0);
    await saved(page);
    // Another script holds a connection that does not give way, and the data is being deleted.
    await page.evaluate(() => new Promise((resolve) => {
      const req = indexedDB.open('bpa-arbeidsleder');
      req.onsuccess = () => {
        window.holder = req.result;
        window.deletion = indexedDB.deleteDatabase('bpa-arbeidsleder');
        resolve();
      };
    }));
    // The page itself lets go of the database and says saving has stopped.
    const s = await until(page, (s) => s.storage_error !== '', 'the page letting go');
    assert.match(s.storage_error, /another tab/);

    const second = await context.newPage();
    await second.goto(srv.url);
    const retry = second.locator('#bpa-retry');
    await retry.waitFor({ state: 'visible', timeout: 15000 });
    const text = await second.locator('#bpa-loading').innerText();
    assert.match(text, /Venter på nettleserens lagring: en annen fane/);
    assert.match(text, /Venter på browserens lagring/);
    assert.match(text, /Try again/);
    await second.screenshot({ path: path.join(outputDir, '15-waiting-for-storage.png') });

    // Trying again while the deletion still waits: the page loads anew and says so again.
    await Promise.all([second.waitForEvent('load'), retry.click()]);
    await retry.waitFor({ state: 'visible', timeout: 15000 });

    // The deletion finishes: the waiting tab starts by itself, with the data gone.
    await page.evaluate(() => new Promise((resolve) => {
      window.deletion.onsuccess = () => resolve();
      window.holder.close();
    }));
    await ready(second);
    assert.equal((await state(second)).library.length, 0);
  } finally {
    await context.close();
    await srv.close();
  }
});

test('an exported file name leaves out direction marks', async () => {
  await withPage({}, async ({ page }) => {
    await fill(page, 'start.name', 'Faktura\u202Egpj.exe');
    await click(page, 'start.create');
    await until(page, (s) => s.library.length === 1, 'the new arrangement');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'top.export')]);
    assert.match(download.suggestedFilename(), /^Fakturagpj\.exe-\d{4}-\d{2}-\d{2}\.json$/);
    assert.doesNotMatch(download.suggestedFilename(), /\u202E/);
  });
});
