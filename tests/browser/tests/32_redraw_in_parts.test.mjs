// A frame draws again only the part of the canvas that changed (the canvas
// keeps its picture between frames). With the check switched on, the page
// compares every frame it draws in part with the same frame drawn whole:
// after hovering, pressing, typing, opening and closing a menu and scrolling,
// what the user sees must be the very picture the frame draws whole.
// A click that opens another screen draws the canvas once, the new screen
// laid out (the year's screen takes three frames to lay out), and tells the
// screen reader's mirror once; moving the pointer builds each frame once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, fill, frames, locate, openFixture, quiet, screenshot, settle, state, withPage } from '../lib.mjs';

async function hover(page, id) {
  const r = await locate(page, id);
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await settle(page);
}

for (const layout of [{ name: '1280x800', viewport: { width: 1280, height: 800 } },
                      { name: '820x1180-touch-1.5', viewport: { width: 820, height: 1180 }, deviceScaleFactor: 1.5,
                        hasTouch: true }]) {
  test(`every frame drawn in parts is the frame drawn whole (${layout.name})`, async () => {
    await withPage({ viewport: layout.viewport, deviceScaleFactor: layout.deviceScaleFactor || 1,
                     hasTouch: !!layout.hasTouch }, async ({ page, errors }) => {
      await openFixture(page, 0);
      await page.evaluate(() => { Module.bpa.checkParts = true; });

      await click(page, 'nav.assistants');
      await hover(page, 'nav.plan');
      await click(page, 'assistants.add');
      await fill(page, 'assistant.name', 'Åse Ødegård');
      await page.keyboard.press('Enter');
      await click(page, 'top.language');
      await page.keyboard.press('Escape');
      await click(page, 'nav.plan');
      const row = await locate(page, 'plan.row.a1');
      await page.mouse.move(row.x + row.w / 3, row.y + row.h / 2);
      await settle(page);
      await page.mouse.wheel(0, 300);
      await settle(page);
      await screenshot(page, `32-parts-${layout.name}`);

      const b = await page.evaluate(() => ({ checked: Module.bpa.partsChecked, wrong: Module.bpa.partsWrong,
                                             first: Module.bpa.firstWrongPart }));
      assert.ok(b.checked >= 5, `frames drawn in parts and checked: ${b.checked}`);
      assert.equal(b.wrong, 0, `frames drawn in parts that differ from the frame drawn whole: ${JSON.stringify(b)}`);
      assert.deepEqual(errors, []);
    });
  });
}

test('a click that opens another screen draws once; the pointer moving builds each frame once', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.plan');
    await page.evaluate(() => { Module.bpa.checkParts = true; });
    const counts = () => page.evaluate(() => ({ built: Module.bpa.frames, drawn: Module.bpa.drawn,
                                                 mirror: Module.bpa.a11yUpdates }));
    for (const id of ['nav.hours', 'nav.assistants', 'nav.absence', 'nav.year', 'nav.settings', 'nav.plan']) {
      const before = (await state(page)).screen;
      const r = await locate(page, id);
      await quiet(page);
      const c0 = await counts();
      await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
      await settle(page);
      const c1 = await counts();
      // The entry lit up: one frame drawn, then the two quiet frames before the page rests.
      assert.equal(c1.drawn - c0.drawn, 1, `${id}: frames drawn for the hover`);
      assert.equal(c1.built - c0.built, 3, `${id}: frames built for the hover`);
      await page.mouse.down();
      await frames(page, 3);  // a button held keeps the page from resting
      const c2 = await counts();
      await page.mouse.up();
      await settle(page);
      const c3 = await counts();
      const after = (await state(page)).screen;
      assert.notEqual(after, before, `${id}: the screen changed`);
      // Opened, laid out and drawn in one go: the frame that applied the click
      // was built again at once, and only the second was drawn.
      assert.equal(c3.drawn - c2.drawn, 1, `${id}: frames drawn for the click (${before} -> ${after})`);
      // The screen reader's mirror is told once, of the screen drawn, not of each frame built.
      assert.equal(c3.mirror - c2.mirror, 1, `${id}: changes sent to the screen reader's mirror for the click`);
    }
    const b = await page.evaluate(() => ({ wrong: Module.bpa.partsWrong, first: Module.bpa.firstWrongPart }));
    assert.equal(b.wrong, 0, `frames drawn in parts that differ from the frame drawn whole: ${JSON.stringify(b)}`);
    assert.deepEqual(errors, []);
  });
});

// The canvas's pixels in a rectangle (CSS pixels), as the page shows them.
function pixels(page, r) {
  return page.evaluate((r) => {
    const c = document.getElementById('canvas');
    const k = c.width / c.getBoundingClientRect().width;
    const copy = document.createElement('canvas');
    copy.width = Math.round(r.w * k);
    copy.height = Math.round(r.h * k);
    copy.getContext('2d').drawImage(c, r.x * k, r.y * k, r.w * k, r.h * k, 0, 0, copy.width, copy.height);
    return Array.from(copy.getContext('2d').getImageData(0, 0, copy.width, copy.height).data);
  }, r);
}

test('a notice all but fades while the pointer is over it, so that what lies under it can be read', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);  // says the file was imported
    const r = await locate(page, 'notices');
    await page.mouse.move(5, 5);
    await settle(page);
    const shown = await pixels(page, r);
    await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
    await settle(page);
    const faded = await pixels(page, r);
    const differing = shown.filter((v, i) => v !== faded[i]).length;
    assert.ok(differing > shown.length / 20, `the notice's pixels change under the pointer: ${differing} of ${shown.length}`);
    await page.mouse.move(5, 5);
    await settle(page);
    assert.deepEqual(await pixels(page, r), shown, 'the notice is shown again when the pointer leaves it');
    assert.deepEqual(errors, []);
  });
});
