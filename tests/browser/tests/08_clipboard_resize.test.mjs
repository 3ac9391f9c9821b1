// Copy and paste in text fields go through the browser's clipboard; the canvas
// fills the window and follows it when it is resized.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, open, ready, settle, state, documentJson, click, fill, screenshot, until, openFixture, withPage } from '../lib.mjs';

// Opens the page with the clipboard allowed, the Norwegian example, and its
// second assistant's details; returns the document.
async function secondAssistant(srv, context, page) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url.replace(/\/$/, '') });
  await page.goto(srv.url);
  await ready(page);
  await openFixture(page, 0);
  await click(page, 'nav.assistants');
  const doc = await documentJson(page);
  await click(page, `assistants.row.${doc.assistants[1].id}`);
  return doc;
}

test('paste into a text field with Ctrl+V and copy out of it with Ctrl+C', async () => {
  const srv = await startServer();
  const { context, page } = await open();
  try {
    await secondAssistant(srv, context, page);
    await page.evaluate(() => navigator.clipboard.writeText('Ærlig Åsmund Øye'));
    await click(page, 'assistant.name');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await settle(page);
    await click(page, 'nav.assistants');
    const after = await documentJson(page);
    assert.equal(after.assistants[1].name, 'Ærlig Åsmund Øye');

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await click(page, 'assistant.phone');
    await page.keyboard.type('+47 915 00 000');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await settle(page);
    // The page writes the clipboard with navigator.clipboard.writeText, which
    // finishes after the frame: wait for it before reading.
    await page.waitForFunction(async (want) => (await navigator.clipboard.readText()) === want, '+47 915 00 000',
                               { timeout: 15000 }).catch(() => {});
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '+47 915 00 000');
  } finally {
    await context.close();
    await srv.close();
  }
});

// The browser refuses its clipboard API (the page not in front, access not
// allowed): the copy command from a hidden text area copies instead; when the
// browser refuses that too, the page says the text was not copied and why.
test('a copy the browser refuses goes the older way, and when that fails too the page says so', async () => {
  const srv = await startServer();
  const { context, page } = await open();
  try {
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'));
    });
    await secondAssistant(srv, context, page);
    const copy = async (text) => {
      await click(page, 'assistant.phone');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.insertText(text);
      await settle(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      await settle(page);
    };
    await copy('+47 22 33 44 55');
    await page.waitForFunction(async (want) => (await navigator.clipboard.readText()) === want, '+47 22 33 44 55',
                               { timeout: 15000 }).catch(() => {});
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '+47 22 33 44 55');
    const notCopied = (n) => n.startsWith('Teksten ble ikke kopiert');
    assert.deepEqual((await state(page)).notices.filter(notCopied), []);

    await page.evaluate(() => { document.execCommand = () => false; });
    await copy('+47 99 88 77 66');
    const s = await until(page, (st) => st.notices.some(notCopied), 'the notice that nothing was copied');
    assert.match(s.notices.find(notCopied), /^Teksten ble ikke kopiert: nettleseren ga ikke tilgang til utklippstavlen \(NotAllowedError: Document is not focused\)\.$/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '+47 22 33 44 55');
    await screenshot(page, '08-copy-refused');
  } finally {
    await context.close();
    await srv.close();
  }
});

test('the canvas fills the window and follows resizing', async () => {
  await withPage({ viewport: { width: 1024, height: 700 } }, async ({ context, page }) => {
    const size = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.clientWidth, h: c.clientHeight, bw: c.width, bh: c.height };
    });
    let s = await size();
    assert.deepEqual([s.w, s.h], [1024, 700]);
    await page.setViewportSize({ width: 1400, height: 850 });
    await settle(page);
    s = await size();
    assert.deepEqual([s.w, s.h, s.bw, s.bh], [1400, 850, 1400, 850]);
    await click(page, 'start.example1');  // the widgets follow: a click still lands
    await until(page, (st) => st.library.length === 1, 'the example after resizing');
    await screenshot(page, '08-resized');
  });
});
