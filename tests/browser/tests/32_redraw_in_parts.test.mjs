// A frame draws again only the part of the canvas that changed (the canvas
// keeps its picture between frames). With the check switched on, the page
// compares every frame it draws in part with the same frame drawn whole:
// after hovering, pressing, typing, opening and closing a menu and scrolling,
// what the user sees must be the very picture the frame draws whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, fill, locate, openFixture, screenshot, settle, withPage } from '../lib.mjs';

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
