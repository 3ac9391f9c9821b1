// Numbers typed into number fields (input_int: a text field with "-" and "+"
// beside it) are stored as typed, digit by digit in their order: by real key
// events after a click into the field, after Tab, and through the accessible
// mirror's field. A number field once stored 13 for a typed 30: a click at the
// middle of the field's mark hit its "-" button (14 - 1) and the digits went
// nowhere; a digit typed right after the click that makes a field active was
// dropped (the page asked whether a field was active a frame late); a digit
// typed after the mirror replaced the field's whole text could land before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockAt, click, documentJson, fill, loadExample, locate, saved, screenshot, settle, state, storedSettings,
         untilDocument, useLayout, withPage } from '../lib.mjs';

// Leaves the field (Tab) and waits until the settings are stored.
async function storedDays(page) {
  await page.keyboard.press('Tab');
  await settle(page);
  await saved(page);
  return (await storedSettings(page)).backup_reminder_days;
}

const daysName = 'Påminnelse etter antall dager';

test('the backup reminder: multi-digit numbers typed by keys and through the mirror are stored as typed', async () => {
  await withPage({}, async ({ page, errors }) => {
    await loadExample(page, 0);
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.data');
    assert.equal((await storedSettings(page))?.backup_reminder_days ?? 14, 14, 'the default: 14 days');

    // The field's mark is the text field, not its "-" and "+" beside it.
    const mark = await locate(page, 'settings.backup_days');
    // Named after the field and their step, for a screen reader ("… −1", "… +1").
    const minus = page.getByRole('button', { name: `${daysName} \u22121`, exact: true });
    const field = page.getByRole('textbox', { name: daysName, exact: true });
    const fieldBox = await field.boundingBox(), minusBox = await minus.boundingBox();
    assert.ok(mark.x + mark.w <= minusBox.x, `the mark (${mark.x}+${mark.w}) ends before "-" at ${minusBox.x}`);
    assert.ok(Math.abs(mark.w - fieldBox.width) < 2, `the mark is the field: ${mark.w} against ${fieldBox.width}`);

    // A real click at the field's middle, select all, Backspace, typed with pauses.
    await fill(page, 'settings.backup_days', '30');
    assert.equal(await storedDays(page), 30, '30 typed after a click');

    // Clicked and typed at once: no pause between the click and the first digit.
    for (const v of ['45', '120', '7', '365']) {
      await page.mouse.click(mark.x + mark.w / 2, mark.y + mark.h / 2);
      await page.keyboard.type(v);
      await settle(page);
      assert.equal(await storedDays(page), Number(v), `${v} typed right after the click`);
    }

    // By Tab from the widget before it: the field's text is chosen whole and replaced.
    await field.focus();
    await settle(page);
    await page.keyboard.press('Shift+Tab');
    await settle(page);
    await page.keyboard.press('Tab');
    await settle(page);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), daysName);
    await page.keyboard.type('21');
    await settle(page);
    assert.equal(await storedDays(page), 21, '21 typed after Tab');

    // Through the mirror's field: a screen reader's fill, and keys typed over its chosen text.
    await field.focus();
    await settle(page);
    await field.fill('60');
    await settle(page);
    assert.equal(await storedDays(page), 60, '60 filled in through the mirror');
    for (const v of ['72', '305']) {
      await field.focus();
      await settle(page);
      await field.evaluate((el) => el.select());
      await page.keyboard.type(v);
      await settle(page);
      assert.equal(await field.inputValue(), v, 'the mirror shows what was typed');
      assert.equal(await storedDays(page), Number(v), `${v} typed over the mirror's chosen text`);
    }

    // The step buttons are buttons of their own: "+" adds one.
    await minus.waitFor({ state: 'attached' });
    await page.getByRole('button', { name: `${daysName} +1`, exact: true }).dispatchEvent('click');
    await settle(page);
    assert.equal(await storedDays(page), 306, '"+" adds a day');
    await screenshot(page, '31-numbers-settings');
    await useLayout(page, { size150: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await click(page, 'settings.tab.data');
    await fill(page, 'settings.backup_days', '28');
    assert.equal(await storedDays(page), 28, '28 typed at 150 % text');
    await screenshot(page, '31-numbers-settings-150');
    assert.deepEqual(errors, []);
  });
});

test('a shift\'s break: minutes typed into the plan\'s number field reach the document', async () => {
  await withPage({ viewport: { width: 820, height: 1180 }, hasTouch: true }, async ({ page, errors }) => {
    await clockAt(page, '2026-11-18T15:00:00');
    await loadExample(page, 0);
    await click(page, 'nav.plan');
    // A shift later this week (not in an approved timesheet), chosen through the tree.
    const shifts = page.getByRole('button', { name: /^Vakt: .*(fredag|lørdag|søndag) (20|21|22)\.11\.2026/ });
    await shifts.first().waitFor({ state: 'attached' });
    const name = await shifts.first().textContent();
    await shifts.first().dispatchEvent('click');
    await settle(page);
    const id = (await state(page)).selected_shift;
    assert.ok(id, `${name} is chosen`);
    for (const v of ['45', '105', '30']) {
      await fill(page, 'plan.form.break', v);
      await page.keyboard.press('Tab');
      await settle(page);
      const doc = await untilDocument(page, (d) => d.shifts.find((s) => s.id === id)?.break_minutes === Number(v),
                                      `a break of ${v} minutes`, 5000,
                                      async () => JSON.stringify((await documentJson(page)).shifts.find((s) => s.id === id)));
      assert.equal(doc.shifts.find((s) => s.id === id).break_minutes, Number(v), `${v} minutes typed for ${name}`);
    }
    await screenshot(page, '31-numbers-break-touch');
    assert.deepEqual(errors, []);
  });
});

// Keys and text reach the page by two ways (keys through SDL, text through the
// hidden input) and a key waits for a frame of its own: typed faster than the
// page draws, the text once waited behind every editing key of its frame, and
// "45", Ctrl+A, Backspace, "7" gave 457 instead of 7; digits typed and then
// Ctrl+A, Ctrl+C copied before the digits were in.
test('keys and text typed within one frame go in in the order they were typed', async () => {
  await withPage({}, async ({ page, context, errors }) => {
    await loadExample(page, 0);
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.data');
    const cdp = await context.newCDPSession(page);
    const key = (k, code, vk, text, modifiers = 0) => [
      { type: text ? 'keyDown' : 'rawKeyDown', key: k, code, windowsVirtualKeyCode: vk, modifiers, ...(text ? { text } : {}) },
      { type: 'keyUp', key: k, code, windowsVirtualKeyCode: vk, modifiers }];
    const digit = (d) => key(d, `Digit${d}`, 48 + Number(d), d);
    const ctrlA = [{ type: 'rawKeyDown', key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17, modifiers: 2 },
                   ...key('a', 'KeyA', 65, null, 2),
                   { type: 'keyUp', key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 }];
    const backspace = key('Backspace', 'Backspace', 8, null);
    // Sent while the page's script is busy: they all arrive before its next frame.
    const within = async (events) => {
      await page.evaluate(() => { setTimeout(() => { const t = performance.now(); while (performance.now() - t < 400); }, 0); });
      await Promise.all(events.map((e) => cdp.send('Input.dispatchKeyEvent', e)));
      await settle(page);
    };
    for (const [keys, want] of [[[...digit('4'), ...digit('5'), ...ctrlA, ...backspace, ...digit('7')], 7],
                                [[...ctrlA, ...digit('2'), ...digit('6'), ...backspace, ...digit('8')], 28]]) {
      await click(page, 'settings.backup_days');
      await within(keys);
      assert.equal(await storedDays(page), want, `${want} stored`);
    }
    assert.deepEqual(errors, []);
  });
});
