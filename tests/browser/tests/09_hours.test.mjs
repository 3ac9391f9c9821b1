// Hours: confirm a week on the timesheet, see the hours account change, and
// print the timesheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentJson, click, locate, screenshot, until, openFixture, withPage } from '../lib.mjs';

test('confirm a week, see the balance change, approve, and open the print page', async () => {
  await withPage({ viewport: { width: 1600, height: 1000 } }, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    await page.clock.setFixedTime(new Date('2026-04-01T12:00:00'));  // March is over
    await click(page, 'nav.hours');
    await click(page, 'hours.tab.account');
    const before = (await locate(page, 'account.summary')).text;
    // The account opens at this week (14); its running balance follows week 10.
    const week14 = (await locate(page, 'account.balance.2026-03-30')).text;
    await screenshot(page, '09-account-before');

    await click(page, 'hours.tab.timesheet');
    const period = await locate(page, 'hours.period');
    assert.ok(period.w > 0);
    await click(page, 'hours.confirm_week.10');
    const doc = await documentJson(page);
    const worked = doc.shifts.filter((s) => s.assistant === 'a1' && s.status === 'worked');
    assert.equal(worked.length, 3, 'three mornings in week 10 are confirmed');
    assert.ok(worked.every((s) => s.start >= '2026-03-02' && s.start < '2026-03-09'));
    await screenshot(page, '09-timesheet-confirmed');

    await click(page, 'hours.tab.account');
    const after = (await locate(page, 'account.summary')).text;
    assert.notEqual(after, before);
    assert.notEqual((await locate(page, 'account.balance.2026-03-30')).text, week14);
    await screenshot(page, '09-account-after');

    // The flow: signed by the assistant, approved by the leader: then locked.
    await click(page, 'hours.tab.timesheet');
    await click(page, 'hours.sign');
    await click(page, 'hours.approve');
    assert.equal((await locate(page, 'hours.status')).text, 'approved');
    const locked = await documentJson(page);
    await click(page, `hours.confirm_week.11`);  // disabled: nothing changes
    assert.deepEqual((await documentJson(page)).shifts, locked.shifts);

    await page.evaluate(() => { Module.bpa.noPrintDialog = true; });
    const [popup] = await Promise.all([context.waitForEvent('page'), click(page, 'hours.print')]);
    await popup.waitForLoadState();
    assert.equal(await popup.locator('tbody tr').count(), 31 + 1);
    const text = await popup.locator('body').innerText();
    assert.match(text, /Timeliste/);
    assert.match(text, /signatur arbeidsgiver/);
    await popup.screenshot({ path: new URL('../output/09-print-timesheet.png', import.meta.url).pathname, fullPage: true });
    assert.deepEqual(errors, []);
  });
});
