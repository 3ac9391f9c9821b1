// A frame draws again only the part of the canvas that changed (the canvas
// keeps its picture between frames). What the user sees after hovering,
// pressing, typing, opening and closing a menu and scrolling must be the very
// picture the same frame draws whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { click, fill, locate, openFixture, outputDir, settle, withPage } from '../lib.mjs';

// Compares the canvas as the frames so far left it with the same frame drawn
// whole; on a difference both pictures are written to output/.
async function drawnAsWhole(page, name) {
  await settle(page);
  const inParts = await page.screenshot();
  await page.evaluate(() => Module._bpa_test_redraw_whole());
  await settle(page);
  const whole = await page.screenshot();
  if (!inParts.equals(whole)) {
    fs.writeFileSync(path.join(outputDir, `32-${name}-in-parts.png`), inParts);
    fs.writeFileSync(path.join(outputDir, `32-${name}-whole.png`), whole);
    assert.fail(`${name}: the picture drawn in parts differs from the picture drawn whole (output/32-${name}-*.png)`);
  }
}

async function hover(page, id) {
  const r = await locate(page, id);
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await settle(page);
}

for (const layout of [{ name: '1280x800', viewport: { width: 1280, height: 800 } },
                      { name: '820x1180-touch-1.5', viewport: { width: 820, height: 1180 }, deviceScaleFactor: 1.5,
                        hasTouch: true }]) {
  test(`the picture drawn in parts is the picture drawn whole (${layout.name})`, async () => {
    await withPage({ viewport: layout.viewport, deviceScaleFactor: layout.deviceScaleFactor || 1,
                     hasTouch: !!layout.hasTouch }, async ({ page, errors }) => {
      await openFixture(page, 0);
      const parts0 = await page.evaluate(() => Module.bpa.partFrames);

      await click(page, 'nav.assistants');
      await drawnAsWhole(page, `${layout.name}-screen`);
      await hover(page, 'nav.plan');
      await drawnAsWhole(page, `${layout.name}-hover`);

      await click(page, 'assistants.add');
      await fill(page, 'assistant.name', 'Åse Ødegård');
      await page.keyboard.press('Enter');  // the field lets go: no blinking text cursor between the two pictures
      await drawnAsWhole(page, `${layout.name}-typed`);

      await click(page, 'top.language');
      await drawnAsWhole(page, `${layout.name}-menu-open`);
      await page.keyboard.press('Escape');
      await drawnAsWhole(page, `${layout.name}-menu-closed`);

      await click(page, 'nav.plan');
      const row = await locate(page, 'plan.row.a1');
      await page.mouse.move(row.x + row.w / 3, row.y + row.h / 2);
      await drawnAsWhole(page, `${layout.name}-plan-hover`);
      await page.mouse.wheel(0, 300);
      await drawnAsWhole(page, `${layout.name}-scrolled`);

      // Most of those frames drew a part, not the whole canvas.
      const parts = await page.evaluate(() => Module.bpa.partFrames) - parts0;
      assert.ok(parts >= 5, `frames drawn in parts: ${parts}`);
      assert.deepEqual(errors, []);
    });
  });
}
