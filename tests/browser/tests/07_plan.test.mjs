// The work plan: drag to make shifts that break the rest rule, see the
// violation, move one shift, see it go; the print page has a row per day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settle, frames, state, documentJson, click, locate, screenshot, until, openFixture, withPage, drag, gridPoint, fill,
         untilDocument, drawn } from '../lib.mjs';

const minutes = (t) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));

test('drag to create shifts that break the rest rule, then move one and the violation goes', async () => {
  await withPage({ viewport: { width: 1600, height: 900 } }, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.plan');
    await screenshot(page, '07-plan-week');
    const before = await state(page);
    assert.equal(before.violations.filter((v) => v.severity === 'error').length, 0, 'the example is clean');

    // The on-call substitute a4 has no shifts in the last week of the example.
    const doc0 = await documentJson(page);
    const title = await locate(page, 'plan.title');
    assert.ok(title.w > 0);

    // Tuesday 14:00-22:00, then Wednesday 06:00-10:00: only 8 h of rest.
    await drag(page, await gridPoint(page, 'a4', 1, 14), await gridPoint(page, 'a4', 1, 22));
    await drag(page, await gridPoint(page, 'a4', 2, 6), await gridPoint(page, 'a4', 2, 10));
    const doc1 = await documentJson(page);
    const added = doc1.shifts.filter((s) => !doc0.shifts.some((o) => o.id === s.id));
    assert.equal(added.length, 2, JSON.stringify(added));
    assert.ok(added.every((s) => s.assistant === 'a4'));
    let s = await until(page, (s) => s.violations.some((v) => v.rule === 'daily_rest'), 'the rest violation');
    const rest = s.violations.find((v) => v.rule === 'daily_rest');
    assert.equal(rest.severity, 'error');
    assert.equal(rest.assistant, 'a4');
    await screenshot(page, '07-plan-rest-violation');

    // Move the Wednesday shift four hours later: 12 h of rest.
    const wed = added.find((x) => minutes(x.start) < 12 * 60);
    const box = await locate(page, `shift.${wed.id}`);
    const from = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
    const row = await locate(page, 'plan.row.a4');
    await drag(page, from, { x: from.x + 4 * row.w / (7 * 24), y: from.y });
    const moved = (await documentJson(page)).shifts.find((x) => x.id === wed.id);
    assert.ok(minutes(moved.start) >= 9 * 60 + 45 && minutes(moved.start) <= 10 * 60 + 15, moved.start);
    s = await until(page, (s) => !s.violations.some((v) => v.rule === 'daily_rest'), 'the violation to go');
    await screenshot(page, '07-plan-fixed');
    assert.deepEqual(errors, []);
  });
});

test('the print page of one assistant and one month has a row per day and signature lines', async () => {
  await withPage({ viewport: { width: 1600, height: 900 } }, async ({ context, page }) => {
    await openFixture(page, 0);
    await click(page, 'nav.plan');
    await page.evaluate(() => { Module.bpa.noPrintDialog = true; });
    await click(page, 'plan.print');
    await locate(page, 'plan.print.one');
    const [popup] = await Promise.all([context.waitForEvent('page'), click(page, 'plan.print.one')]);
    await popup.waitForLoadState();
    const rows = await popup.locator('tbody tr').count();
    assert.equal(rows, 31 + 1, 'March has 31 days, and the sum');
    const text = await popup.locator('body').innerText();
    assert.match(text, /Arbeidsplan/);
    assert.match(text, /mars/);
    assert.match(text, /signatur assistent/);
    assert.match(text, /signatur arbeidsleder/);
    await popup.screenshot({ path: new URL('../output/07-print-one.png', import.meta.url).pathname, fullPage: true });

    const [all] = await Promise.all([context.waitForEvent('page'), click(page, 'plan.print.all')]);
    await all.waitForLoadState();
    assert.equal(await all.locator('tbody tr').count(), 31);
    assert.equal(await all.locator('thead th').count(), 1 + 4);
  });
});

// Holiday plans: a date changed in the first plan; the plans after it are still
// drawn in the same frame (the window reads the notice rule before the list).
test('a holiday plan\'s first day changed: the change is kept and every plan stays in the window', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.plan');
    await click(page, 'plan.holiday_plans');
    const plans = (d) => d.holiday_plans || [];
    const n = plans(await documentJson(page)).length;
    await click(page, 'plan.holiday.christmas');
    await click(page, 'plan.holiday.easter');
    let doc = await untilDocument(page, (d) => plans(d).length === n + 2, 'two more holiday plans');
    const [christmas, easter] = plans(doc).slice(n);
    const year = christmas.from.slice(0, 4);
    await fill(page, `holiday.${n}.from`, `23.12.${year}`);
    doc = await untilDocument(page, (d) => plans(d)[n].from === `${year}-12-23`, 'the new first day',
                              10000, async () => JSON.stringify(plans(await documentJson(page))));
    assert.equal(plans(doc).length, n + 2);
    assert.equal(plans(doc)[n].to, christmas.to);
    assert.deepEqual(plans(doc)[n + 1], easter);
    assert.ok(await drawn(page, `holiday.${n + 1}.take`), 'the plan after it is drawn');
    assert.deepEqual(errors, []);
  });
});
