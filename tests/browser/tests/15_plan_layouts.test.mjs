// The work plan on any screen: at 1280×800, on a projector (1280×720 with
// 150 % text), on 1024×768 and on a touch tablet (820×1180) the grid and a
// shift lie inside the window; a tap selects a shift and a touch drag moves
// it; a night drawn from 22:00 to 07:00 is exactly that; the day view and
// the week by day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, documentJson, drag, frames, isoDates, locate, locateAll, screenshot, settle, until, untilDocument, openFixture, withPage } from '../lib.mjs';

const inside = (r, vw, vh) => r.x >= 0 && r.y >= 0 && r.x + r.w <= vw && r.y + r.h <= vh;

// A shift of the document that the grid shows, with its rectangle: the first
// one inside the window (vw×vh) if any, else the first one drawn.
async function shownShift(page, doc, vw = Infinity, vh = Infinity) {
  let drawn = null;
  const boxes = await locateAll(page, doc.shifts.map((s) => `shift.${s.id}`));
  for (const [i, s] of doc.shifts.entries()) {
    const box = boxes[i];
    if (!box) continue;  // not in the days shown
    if (inside(box, vw, vh)) return { s, box };
    drawn = drawn || { s, box };
  }
  return drawn;
}

async function openPlan(page) {
  await click(page, 'nav.plan');
  await until(page, (s) => s.screen === 'Arbeidsplan' || s.screen === 'Vagtplan', 'the work plan');
  await locate(page, 'plan.grid');
}

for (const layout of [
  { name: '1280x800', viewport: { width: 1280, height: 800 } },
  { name: '1280x720-150', viewport: { width: 1280, height: 720 }, size: 'settings.size150' },
  { name: '1024x768', viewport: { width: 1024, height: 768 } },
  { name: '1920x1080-200', viewport: { width: 1920, height: 1080 }, size: 'settings.size200' },
  { name: '1180x820-touch', viewport: { width: 1180, height: 820 }, hasTouch: true },
  { name: '820x1180-touch-da', viewport: { width: 820, height: 1180 }, hasTouch: true, example: 1, lang: 'da' },
  { name: '1280x720-150-da', viewport: { width: 1280, height: 720 }, size: 'settings.size150', example: 1, lang: 'da' },
]) {
  test(`the work plan at ${layout.name}: the grid and a shift inside the window`, async () => {
    await withPage({ viewport: layout.viewport, hasTouch: !!layout.hasTouch }, async ({ page, errors }) => {
      await openFixture(page, layout.example || 0);
      if (layout.lang) {
        await click(page, 'top.language');
        await click(page, `top.language.${layout.lang}`);
        await until(page, (s) => s.language === layout.lang, layout.lang);
      }
      if (layout.size) {
        await click(page, 'nav.settings');
        await click(page, 'settings.tab.display');
        await click(page, layout.size);
      }
      await openPlan(page);
      const { width: vw, height: vh } = layout.viewport;
      const grid = await locate(page, 'plan.grid');
      assert.ok(grid.y + 40 < vh && grid.x + grid.w <= vw, `the grid starts inside the window: ${JSON.stringify(grid)}`);
      const shown = await shownShift(page, await documentJson(page), vw, vh);
      assert.ok(shown, 'a shift on the grid');
      assert.ok(inside(shown.box, vw, vh), `a shift inside the window: ${JSON.stringify(shown.box)}`);
      for (const id of ['plan.previous', 'plan.next', 'plan.propose', 'plan.week_view']) {
        assert.ok(inside(await locate(page, id), vw, vh), `${id} inside the window`);
      }
      await screenshot(page, `15-plan-${layout.name}`);
      if (layout.name === '1280x800') {
        // Four weeks: each assistant's hours per day, where the times do not fit.
        await click(page, 'plan.four_week_view');
        const first = isoDates((await locate(page, 'plan.title')).text)[0];
        const { s } = shown;
        const day = (Date.parse(s.start.slice(0, 10) + 'T00:00Z') - Date.parse(first + 'T00:00Z')) / 86400000;
        const sameDay = (await documentJson(page)).shifts.filter((x) => x.assistant === s.assistant && x.start.slice(0, 10) === s.start.slice(0, 10));
        const hours = sameDay.reduce((h, x) => h + (Date.parse(x.end + 'Z') - Date.parse(x.start + 'Z')) / 3600000, 0);
        assert.equal((await locate(page, `plan.hours.${s.assistant}.${day}`)).text.replace(',', '.'), String(hours));
        await screenshot(page, '15-plan-four-weeks');
        // The rotation made from the week shown says, before it is laid out, what will happen.
        await click(page, 'plan.rotation');
        await click(page, 'plan.rotation.create');
        const preview = (await locate(page, 'plan.rotation.preview')).text;
        assert.match(preview, /^Dette skjer: \d+ nye vakter, \d+ vakter fra turnusen byttes ut\. Blir stående: 0 låste, \d+ lagt inn eller endret for hånd, 0 utførte eller avlyste\.$/);
        await screenshot(page, '15-plan-rotation-preview');
      }
      if (layout.name === '1280x720-150-da') {
        // The rotation's rows are wider than the window at 150 % text: the table
        // scrolls sideways, so a row's remove button comes into view and is pressed.
        await click(page, 'plan.rotation');
        await click(page, 'plan.rotation.create');
        const ids = Array.from({ length: 40 }, (_, i) => `rot.${i}.remove`);
        const before = (await locateAll(page, ids)).filter(Boolean).length;
        assert.ok(before > 0, 'the rotation has rows');
        const seen = (r) => r.clip && r.x >= r.clip[0] - 0.5 && r.x + r.w <= r.clip[2] + 0.5;
        let r = await locate(page, 'rot.0.remove');
        for (let i = 0; i < 12 && !seen(r); ++i) {
          await page.mouse.move((r.clip[0] + r.clip[2]) / 2, r.y + r.h / 2);
          await page.mouse.wheel(300, 0);
          await settle(page);
          r = await locate(page, 'rot.0.remove');
        }
        assert.ok(seen(r), `the remove button scrolled into view: ${JSON.stringify(r)}`);
        await screenshot(page, '15-plan-rotation-scrolled-1280x720-150-da');
        await click(page, 'rot.0.remove');
        const after = (await locateAll(page, ids)).filter(Boolean).length;
        assert.equal(after, before - 1, 'the row is removed');
      }
      assert.deepEqual(errors, []);
    });
  });
}

test('on a touch tablet (820×1180) a tap selects a shift and a touch drag moves it', async () => {
  await withPage({ viewport: { width: 820, height: 1180 }, hasTouch: true }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await openPlan(page);
    const before = await documentJson(page);
    const shown = await shownShift(page, before, 820, 1180);
    assert.ok(shown && inside(shown.box, 820, 1180), 'a shift inside the tablet screen');
    const { s, box } = shown;
    const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
    await page.touchscreen.tap(cx, cy);
    await until(page, (st) => st.selected_shift === s.id, 'the tapped shift selected');
    await screenshot(page, '15-plan-820x1180-touch');

    // A one-finger drag to the right by a quarter of a day moves it (by whole quarters of an hour).
    const grid = await locate(page, 'plan.grid');
    const dx = grid.w / 7 / 4;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: cy }] });
    await touch('touchStart', cx);
    await frames(page, 3);
    for (let i = 1; i <= 8; ++i) { await touch('touchMove', cx + (dx * i) / 8); await frames(page, 2); }
    await touch('touchEnd', cx + dx);
    const moved = await untilDocument(page, (d) => d.shifts.find((x) => x.id === s.id).start !== s.start, 'the shift moved by touch');
    const after = moved.shifts.find((x) => x.id === s.id);
    const minutes = (Date.parse(after.start + 'Z') - Date.parse(s.start + 'Z')) / 60000;
    assert.ok(minutes > 0 && minutes % 15 === 0, `moved later by whole quarters: ${minutes} min`);
    assert.equal((Date.parse(after.end + 'Z') - Date.parse(after.start + 'Z')), (Date.parse(s.end + 'Z') - Date.parse(s.start + 'Z')), 'same length');

    // A finger held still on an empty part of a row opens the new-shift form there.
    const last = moved.assistants[moved.assistants.length - 1];
    const row = await locate(page, `plan.row.${last.id}`);
    const px = row.x + (row.w / 7) * (2 + 10.25 / 24), py = row.y + row.h / 2;  // Wednesday, 10:15
    const hold = (type) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }] });
    await hold('touchStart');
    await page.waitForTimeout(900);
    await frames(page, 3);
    await hold('touchEnd');
    assert.equal((await locate(page, 'plan.new.from')).text, '10:00', 'the form starts at the hour held');
    assert.match((await locate(page, 'plan.new.date')).text, /^\d{2}\.\d{2}\.\d{4}$/);
    assert.equal(moved.shifts.length, (await documentJson(page)).shifts.length, 'a long press adds nothing by itself');

    // With a finger, a small button (a rotation row's "Fjern") is as tall as the fields beside it.
    const tapOn = async (id) => { const r = await locate(page, id); await page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2); };
    await tapOn('plan.rotation');
    await tapOn('plan.rotation.create');
    const remove = await locate(page, 'rot.0.remove'), field = await locate(page, 'rot.0.break');
    assert.ok(remove.h >= field.h - 1, `a finger-sized button: ${remove.h} px against a field's ${field.h} px`);
    await screenshot(page, '15-plan-rotation-820x1180-touch');

    assert.deepEqual(errors, []);
  });
});

test('a night drawn from 22:00 to 07:00 on the grid is exactly that; the day view shows one day', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await openPlan(page);
    await click(page, 'plan.next');  // the week after the example's rota: empty
    const title = (await locate(page, 'plan.title')).text;
    const monday = isoDates(title)[0];
    const before = await documentJson(page);
    const a = before.assistants[0].id;
    const row = await locate(page, `plan.row.${a}`);
    const day = row.w / 7;
    const x = (d, h) => row.x + day * (d + h / 24);
    const y = row.y + row.h / 2;
    // Drawn as a hand draws, a frame for each step (lib.mjs drag): ten moves
    // and the release sent at once could reach the page within one frame.
    await drag(page, { x: x(0, 22), y }, { x: x(1, 7), y });
    const doc = await untilDocument(page, (d) => d.shifts.length === before.shifts.length + 1, 'the drawn night');
    const night = doc.shifts.find((s) => !before.shifts.some((b) => b.id === s.id));
    assert.equal(night.assistant, a);
    assert.equal(night.start, `${monday}T22:00`);
    const tuesday = new Date(Date.parse(monday + 'T00:00Z') + 86400000).toISOString().slice(0, 10);
    assert.equal(night.end, `${tuesday}T07:00`);
    await screenshot(page, '15-plan-night-drawn');

    await click(page, 'plan.day_view');
    const dayTitle = (await locate(page, 'plan.title')).text;
    assert.equal(isoDates(dayTitle)[0], monday);
    await screenshot(page, '15-plan-day-view');

    // The week by day: one row per weekday with need, shifts and cover; the night drawn is in Monday's row.
    await click(page, 'plan.by_day_view');
    await locate(page, 'plan.byday');
    const monday_row = await locate(page, 'byday.day.0');
    const bar = await locate(page, `byday.shift.${night.id}.0`);
    assert.ok(bar.y >= monday_row.y && bar.y + bar.h <= monday_row.y + monday_row.h, 'the night lies in Monday\'s row');
    assert.ok(bar.x > monday_row.x + monday_row.w * 0.8, 'from 22:00, at the right end of the day');
    await screenshot(page, '15-plan-by-day');
    assert.deepEqual(errors, []);
  });
});

test('on a landscape touch tablet (1180×820) a swipe on the grid scrolls the page and adds nothing', async () => {
  await withPage({ viewport: { width: 1180, height: 820 }, hasTouch: true }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await openPlan(page);
    const moved = await documentJson(page);
    const last = moved.assistants[moved.assistants.length - 1];
    const row = await locate(page, `plan.row.${last.id}`);
    const px = row.x + (row.w / 7) * (2 + 10.25 / 24), py = row.y + row.h / 2;
    const cdp = await page.context().newCDPSession(page);
    // A swipe up on the grid's empty part scrolls the page down.
    const y0 = (await locate(page, 'plan.grid')).y;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: px, y: py }] });
    await frames(page, 2);
    for (let i = 1; i <= 6; ++i) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: px, y: py - i * 25 }] });
      await frames(page, 2);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const y1 = (await locate(page, 'plan.grid')).y;
    assert.ok(y1 < y0 - 50, `the grid moved up with the finger: ${y0} -> ${y1}`);
    assert.equal(moved.shifts.length, (await documentJson(page)).shifts.length, 'a swipe adds nothing');
    await screenshot(page, '15-plan-1180x820-swiped');
    assert.deepEqual(errors, []);
  });
});
