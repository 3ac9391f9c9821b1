// Export downloads the CONTRACT.md file; import by picker and by drop; a broken
// file is refused with its problems and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { settle, state, documentJson, click, saved, screenshot, until, root, outputDir, openFixture, withPage } from '../lib.mjs';

async function exportFile(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'top.export')]);
  const file = path.join(outputDir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file };
}

async function pickFile(page, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'top.import')]);
  await chooser.setFiles(file);
}

test('export then import gives the same document', async () => {
  await withPage({}, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    const original = await documentJson(page);
    const { name, file } = await exportFile(page);
    assert.match(name, /^Eksempelordning-.*-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.format, 'bpa-arbeidsleder');
    assert.equal(exported.version, 1);
    assert.deepEqual(exported, original);

    await pickFile(page, file);
    await until(page, (s) => s.pending_import, 'the import question');
    await settle(page);
    await screenshot(page, '03-import-question');
    await click(page, 'import.add');
    const s = await until(page, (s) => s.library.length === 2, 'the imported arrangement');
    assert.equal(s.pending_import, false);
    // The same document, named apart from the one already in the list.
    const imported = await documentJson(page);
    assert.equal(imported.arrangement.name, `${exported.arrangement.name} (2)`);
    imported.arrangement.name = exported.arrangement.name;
    assert.deepEqual(imported, exported);
    assert.deepEqual(errors, []);
  });
});

test('a broken file is refused with every problem and the data is unchanged', async () => {
  await withPage({}, async ({ context, page }) => {
    await openFixture(page, 0);
    await saved(page);
    const before = await documentJson(page);
    const storedBefore = await page.evaluate(() => [...Module.bpa.arrangements.values()].map((r) => r.current));

    await pickFile(page, path.join(root, 'tests/fixtures/broken_dates.json'));
    const s = await until(page, (s) => s.import_problems.length > 0, 'the problems');
    await settle(page);
    await screenshot(page, '03-broken-file');
    assert.ok(s.import_problems.some((p) => p.includes('employed_from') && p.includes('2026-13-01')), s.import_problems.join('\n'));
    assert.ok(s.import_problems.some((p) => p.includes('ukjent assistent') || p.includes('Ukjent assistent')));
    assert.equal(s.pending_import, false);
    assert.equal(s.library.length, 1);
    assert.deepEqual(await documentJson(page), before);
    const storedAfter = await page.evaluate(() => [...Module.bpa.arrangements.values()].map((r) => r.current));
    assert.deepEqual(storedAfter, storedBefore);
    await click(page, 'import.problems_close');
    assert.equal((await state(page)).import_problems.length, 0);
  });
});

test('a file dropped on the page is imported the same way', async () => {
  await withPage({}, async ({ context, page }) => {
    const text = fs.readFileSync(path.join(root, 'tests/fixtures/examples/dk_eksempel.json'), 'utf8');
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dk_eksempel.json', { type: 'application/json' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    // Nothing was open, so the file becomes a new arrangement at once.
    const s = await until(page, (s) => s.library.length === 1, 'the dropped file');
    assert.equal(s.open_id !== '', true);
    const doc = await documentJson(page);
    assert.equal(doc.arrangement.jurisdiction, 'DK');
  });
});
