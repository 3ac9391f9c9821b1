// Dates as people write them, a calendar beside every date field, and numbers
// and weeks in the language's own form (nb and da).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, clockAt, documentJson, drag, fill, frames, gridPoint, locate, screenshot, settle, until, untilDocument, openFixture,
  withPage, useLayout } from '../lib.mjs';

async function openFirstAssistant(page) {
  await click(page, 'nav.assistants');
  const first = (await documentJson(page)).assistants[0];
  await click(page, `assistants.row.${first.id}`);
  return first;
}

test('the calendar in Danish at 150 % text and on a tablet: Danish months and "Uge"', async () => {
  for (const layout of [{ name: '1280x720-150', viewport: { width: 1280, height: 720 }, size: true },
                        { name: '820x1180-touch', viewport: { width: 820, height: 1180 }, hasTouch: true }]) {
    await withPage({ viewport: layout.viewport, hasTouch: !!layout.hasTouch }, async ({ page, errors }) => {
      await clockAt(page, '2026-03-16T10:00:00');
      await openFixture(page, 1);
      await useLayout(page, { lang: 'da', size150: !!layout.size });
      await frames(page, 3);
      await openFirstAssistant(page);
      await click(page, 'assistant.employed_from.calendar');
      const month = (await locate(page, 'assistant.employed_from.calendar.month')).text;
      assert.match(month, /^(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}$/);
      // Every day of the month shown is inside the window.
      const vp = page.viewportSize();
      const day = await locate(page, 'assistant.employed_from.calendar.today');
      assert.ok(day.x >= 0 && day.x + day.w <= vp.width && day.y + day.h <= vp.height, JSON.stringify(day));
      await screenshot(page, `22-calendar-da-${layout.name}`);
      assert.deepEqual(errors, []);
    });
  }
});

test('a date typed as 1.2.2026 is read as 1 February and shown as 01.02.2026; the calendar picks a day', async () => {
  await withPage({}, async ({ page, errors }) => {
    await clockAt(page, '2026-03-16T10:00:00');
    await openFixture(page, 0);
    await openFirstAssistant(page);
    await fill(page, 'assistant.employed_from', '1.2.2026');
    await page.keyboard.press('Tab');
    await untilDocument(page, (d) => d.assistants[0].employed_from === '2026-02-01', 'D.M.YYYY read');
    await fill(page, 'assistant.employed_from', '31.11.2026');  // November has 30 days
    await page.keyboard.press('Tab');
    await settle(page);
    assert.equal((await documentJson(page)).assistants[0].employed_from, '2026-02-01', 'an impossible date is not stored');

    // The calendar: opens at the field's month, goes a month on, picks the 15th.
    await click(page, 'assistant.employed_from.calendar');
    assert.equal((await locate(page, 'assistant.employed_from.calendar.month')).text, 'februar 2026');
    await screenshot(page, '22-calendar-nb');
    await click(page, 'assistant.employed_from.calendar.next');
    assert.equal((await locate(page, 'assistant.employed_from.calendar.month')).text, 'mars 2026');
    await click(page, 'assistant.employed_from.calendar.2026-03-15');
    await untilDocument(page, (d) => d.assistants[0].employed_from === '2026-03-15', 'the picked day');

    // By keyboard: the picked day has the focus when the calendar opens; arrows move by day and week, Enter picks.
    await click(page, 'assistant.employed_from.calendar');
    await frames(page, 3);
    await page.keyboard.press('ArrowDown');
    await frames(page, 2);
    await page.keyboard.press('ArrowLeft');
    await frames(page, 2);
    await page.keyboard.press('Enter');
    await untilDocument(page, (d) => d.assistants[0].employed_from === '2026-03-21', 'a week on and a day back by keyboard');
    // Esc closes the calendar and changes nothing.
    await click(page, 'assistant.employed_from.calendar');
    await page.keyboard.press('Escape');
    await settle(page);
    assert.equal((await documentJson(page)).assistants[0].employed_from, '2026-03-21');
    assert.deepEqual(errors, []);
  });
});


for (const [lang, n, words] of [['nb', 0, /er 8 timer; minst 11 timer kreves\.$/], ['da', 0, /er 8 timer; mindst 11 timer kræves\.$/]]) {
  test(`rule messages in ${lang} give the date as ${lang} writes it and hours as numbers`, async () => {
    await withPage({ viewport: { width: 1600, height: 900 } }, async ({ page, errors }) => {
      await openFixture(page, n);
      if (lang === 'da') {
        await click(page, 'top.language');
        await click(page, 'top.language.da');
        await until(page, (s) => s.language === 'da', 'Danish');
      }
      await click(page, 'nav.plan');
      // The on-call substitute a4: Tuesday 14-22, then Wednesday 06-10: 8 hours of rest.
      await drag(page, await gridPoint(page, 'a4', 1, 14), await gridPoint(page, 'a4', 1, 22));
      await drag(page, await gridPoint(page, 'a4', 2, 6), await gridPoint(page, 'a4', 2, 10));
      await until(page, (s) => s.violations.some((v) => v.rule === 'daily_rest'), 'the rest violation');
      const line = await locate(page, 'violation.daily_rest.a4.0');
      assert.match(line.text, /^24\.03\.2026 14:00 /, line.text);
      assert.match(line.text, words, line.text);
      assert.doesNotMatch(line.text, /\d+:\d\d (timer|hours)|\d{4}-\d{2}-\d{2}/, line.text);
      await screenshot(page, `22-violation-${lang}`);
      assert.deepEqual(errors, []);
    });
  });
}
