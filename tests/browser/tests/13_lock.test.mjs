// One lock: once a timesheet is approved, no way of changing the plan touches
// its shifts: not dragging, not the Delete key. The page says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentJson, click, locate, locateAll, screenshot, until, openFixture, withPage, state } from '../lib.mjs';

test('an approved month cannot be changed from the work plan', async () => {
  await withPage({ viewport: { width: 1600, height: 1000 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.hours');
    await click(page, 'hours.tab.timesheet');
    await click(page, 'hours.sign');
    await click(page, 'hours.approve');
    assert.equal((await locate(page, 'hours.status')).text, 'approved');
    const locked = await documentJson(page);
    const sheet = locked.timesheets.find((t) => t.status === 'approved');
    assert.ok(sheet, 'an approved timesheet');

    await click(page, 'nav.plan');
    // A shift of that assistant in that period that the grid shows.
    let target = null;
    const candidates = locked.shifts.filter((s) => s.assistant === sheet.assistant && s.start >= sheet.from && s.start.slice(0, 10) <= sheet.to);
    const boxes = await locateAll(page, candidates.map((s) => `shift.${s.id}`));
    const i = boxes.findIndex((b) => b);  // the first not outside the week shown
    if (i >= 0) target = { s: candidates[i], box: boxes[i] };
    assert.ok(target, 'a locked shift on the grid');
    const { box } = target;
    const from = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; ++i) await page.mouse.move(from.x + i * 12, from.y);
    await page.mouse.up();
    await until(page, (s) => s.notices.some((n) => /godkjent og låst/.test(n)), 'the refusal names the lock');
    assert.deepEqual((await documentJson(page)).shifts, locked.shifts, 'dragging changed nothing');

    await page.mouse.click(from.x, from.y);
    await page.keyboard.press('Delete');
    await page.waitForTimeout(300);
    assert.deepEqual((await documentJson(page)).shifts, locked.shifts, 'the Delete key changed nothing');
    await screenshot(page, '13-plan-locked-refused');
    assert.deepEqual(errors, []);
  });
});
