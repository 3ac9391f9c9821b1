// Encrypted export: a passphrase typed twice, a real download of a small JSON
// wrapper (AES-GCM, PBKDF2-SHA-256, salt and iv) that holds none of the
// arrangement's text; importing it asks for the passphrase: the right one
// gives the same arrangement, a wrong one is refused and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { click, fill, locate, saved, screenshot, state, until, documentJson, openFixture, useLayout, withPage } from '../lib.mjs';

const right = 'riktig hest batteri stift';

async function drop(page, name, text) {
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt }));
  }, [name, text]);
}

async function exportEncrypted(page, passphrase) {
  await click(page, 'nav.settings');
  await click(page, 'settings.tab.data');
  await click(page, 'crypto.export');
  await fill(page, 'crypto.passphrase', passphrase);
  await fill(page, 'crypto.passphrase_again', passphrase);
  assert.equal((await locate(page, 'crypto.check')).text, 'ok');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'crypto.export_go')]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

test('an encrypted export opens with the right passphrase as the same arrangement, and a wrong one changes nothing', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await saved(page);
    const original = await documentJson(page);

    // The passphrase: too short, then typed differently, are said and block the export.
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.data');
    await click(page, 'crypto.export');
    await fill(page, 'crypto.passphrase', 'kort');
    assert.equal((await locate(page, 'crypto.check')).text, 'short');
    await fill(page, 'crypto.passphrase', right);
    await fill(page, 'crypto.passphrase_again', right + 'x');
    assert.equal((await locate(page, 'crypto.check')).text, 'differ');
    await screenshot(page, '23-export-passphrase-1280x800');
    await click(page, 'crypto.export_cancel');

    const file = await exportEncrypted(page, right);
    assert.match(file.name, /-kryptert\.json$/);
    const w = JSON.parse(file.text);
    assert.equal(w.bpa_encrypted, 1);
    assert.equal(w.cipher, 'AES-GCM');
    assert.equal(w.kdf, 'PBKDF2');
    assert.equal(w.hash, 'SHA-256');
    assert.ok(w.iterations >= 600000, 'a high iteration count');
    assert.equal(Buffer.from(w.salt, 'base64').length, 16);
    assert.equal(Buffer.from(w.iv, 'base64').length, 12);
    for (const a of original.assistants) assert.ok(!file.text.includes(a.name), 'no name in the clear');
    assert.ok(!file.text.includes(original.arrangement.name));
    await until(page, (s) => s.notices.some((n) => n.includes('kryptert')), 'the export is reported');
    assert.equal((await locate(page, 'settings.backup.text')).text, '0', 'an encrypted export counts as a backup');

    // A wrong passphrase: said in the question; nothing changes.
    await drop(page, file.name, file.text);
    await fill(page, 'crypto.import_passphrase', 'feil passord her');
    await click(page, 'crypto.import_open');
    const wrong = await until(page, () => true, 'a frame').then(async () => {
      const deadline = Date.now() + 30000;
      for (;;) {
        const m = await locate(page, 'crypto.import_error');
        if (m.text) return m.text;
        if (Date.now() > deadline) throw new Error('no answer to the wrong passphrase');
        await page.waitForTimeout(200);
      }
    });
    assert.match(wrong, /Feil passord/);
    await screenshot(page, '23-import-wrong-1280x800');
    let s = await state(page);
    assert.equal(s.library.length, 1, 'nothing added');
    assert.equal(s.pending_import, false, 'nothing to add or replace');
    assert.deepEqual(await documentJson(page), original, 'the open arrangement is unchanged');

    // The right one: the file is read like any other and asks; added as new it is the same arrangement.
    await fill(page, 'crypto.import_passphrase', right);
    await click(page, 'crypto.import_open');
    await until(page, (st) => st.pending_import, 'the import question', 30000);
    await click(page, 'import.add');
    s = await until(page, (st) => st.library.length === 2, 'added as new');
    const copy = await documentJson(page);
    assert.equal(copy.arrangement.name, original.arrangement.name + ' (2)');
    copy.arrangement.name = original.arrangement.name;
    assert.deepEqual(copy, original, 'the same arrangement');

    // A wrapper with parameters the page does not accept is refused as damaged, before any work.
    await drop(page, 'rart.json', JSON.stringify({ ...w, iterations: 5 }));
    await fill(page, 'crypto.import_passphrase', right);
    await click(page, 'crypto.import_open');
    await until(page, () => true, 'a frame');
    const broken = await locate(page, 'crypto.import_error');
    assert.match(broken.text, /iterations/);
    await click(page, 'crypto.import_cancel');
    assert.equal((await state(page)).library.length, 2);
    assert.deepEqual(errors, []);
  });
});

for (const layout of [
  { name: '1280x720-150-da', viewport: { width: 1280, height: 720 }, size150: true, lang: 'da' },
  { name: '820x1180-touch', viewport: { width: 820, height: 1180 }, hasTouch: true },
]) {
  test(`the passphrase questions at ${layout.name}`, async () => {
    await withPage(layout, async ({ page, errors }) => {
      await openFixture(page, layout.lang === 'da' ? 1 : 0);
      await saved(page);
      await useLayout(page, layout);
      const file = await exportEncrypted(page, right);
      // The file name's word follows the arrangement's country.
      assert.match(file.name, layout.lang === 'da' ? /-krypteret\.json$/ : /-kryptert\.json$/);
      await drop(page, file.name, file.text);
      await fill(page, 'crypto.import_passphrase', 'feil passord her');
      await click(page, 'crypto.import_open');
      const deadline = Date.now() + 30000;
      while (!(await locate(page, 'crypto.import_error')).text) {
        if (Date.now() > deadline) throw new Error('no answer');
        await page.waitForTimeout(200);
      }
      await screenshot(page, `23-import-wrong-${layout.name}`);
      await click(page, 'crypto.import_cancel');
      await click(page, 'crypto.export');
      await fill(page, 'crypto.passphrase', right);
      await fill(page, 'crypto.passphrase_again', 'annet');
      await screenshot(page, `23-export-passphrase-${layout.name}`);
      for (const id of ['crypto.passphrase', 'crypto.passphrase_again', 'crypto.export_go', 'crypto.export_cancel']) {
        const r = await locate(page, id);
        assert.ok(r.x >= 0 && r.x + r.w <= layout.viewport.width + 1, `${id} fits`);
      }
      assert.deepEqual(errors, []);
    });
  });
}
