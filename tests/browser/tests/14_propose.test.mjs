// Foreslå plan: the search runs in the page with its progress, the proposal
// lies dashed over the grid, the weeks shown are accepted as one undo step,
// Ctrl+Z takes them back, a changed plan makes the rest stale; the window in
// Danish at 150 % text on 1280×720.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, documentJson, fill, isoDates, locate, screenshot, until, untilDocument, openFixture, withPage, settle } from '../lib.mjs';

async function propose(page, weeks) {
  await click(page, 'plan.propose');
  await locate(page, 'propose.window');
  await fill(page, 'propose.weeks', String(weeks));
  await click(page, 'propose.start');
  await locate(page, 'propose.summary', 60000);
}

test('a proposed plan is shown over the grid, the weeks shown are accepted as one step, and undone', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.plan');
    await until(page, (s) => s.screen === 'Arbeidsplan', 'the work plan');
    // Two weeks on from the example's rota: an empty week with the need.
    await click(page, 'plan.next');
    await click(page, 'plan.next');
    const title = (await locate(page, 'plan.title')).text;
    const before = await documentJson(page);

    await propose(page, 2);
    const summary = (await locate(page, 'propose.summary')).text;
    assert.match(summary, /^Forslaget har \d+ nye vakter/);
    const n = Number(summary.match(/(\d+) nye vakter/)[1]);
    assert.ok(n >= 10, `two weeks of need give shifts: ${summary}`);
    assert.equal((await locate(page, 'propose.uncovered')).text, '0', 'the example\'s need is covered');
    const ghost = await locate(page, 'proposal.shift.0');
    assert.ok(ghost.w > 4 && ghost.h > 4, 'a proposed shift is drawn on the grid');
    assert.deepEqual((await documentJson(page)).shifts, before.shifts, 'nothing in the plan before accepting');
    await screenshot(page, '14-propose-1280x800');

    // The week shown: its shifts, and only those, come into the plan.
    await click(page, 'propose.accept_shown');
    const accepted = await untilDocument(page, (d) => d.shifts.length > before.shifts.length, 'the shown week accepted');
    const added = accepted.shifts.filter((s) => !before.shifts.some((b) => b.id === s.id));
    assert.ok(added.length > 0 && added.length < n, `a week of the two: ${added.length} of ${n}`);
    const [first, last] = isoDates(title);
    for (const s of added) {
      assert.equal(s.status, 'planned');
      assert.ok(s.start.slice(0, 10) >= first && s.start.slice(0, 10) <= last, `${s.start} in ${first}..${last}`);
    }
    assert.match((await locate(page, 'propose.summary')).text, new RegExp(`har ${n - added.length} nye vakter`));

    // One undo step takes the week back; the rest of the proposal is then stale.
    await page.mouse.click(5, 790);
    await page.keyboard.press('Control+Z');
    await untilDocument(page, (d) => d.shifts.length === before.shifts.length, 'the accepted week undone');
    await locate(page, 'propose.stale');
    await click(page, 'propose.discard');
    await propose(page, 1);
    await click(page, 'propose.accept_all');
    const all = await untilDocument(page, (d) => d.shifts.length > before.shifts.length, 'all accepted');
    assert.ok(all.shifts.filter((s) => s.origin === 'proposal').length > 0, 'the accepted shifts say where they came from');
    await settle(page);
    assert.deepEqual(errors, []);
  });
});

test('the proposal window in Danish at 150 % text on 1280×720', async () => {
  await withPage({ viewport: { width: 1280, height: 720 } }, async ({ page, errors }) => {
    await openFixture(page, 1);
    await click(page, 'top.language');
    await click(page, 'top.language.da');
    await until(page, (s) => s.language === 'da', 'Danish');
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.display');
    await click(page, 'settings.size150');
    await click(page, 'nav.plan');
    await click(page, 'plan.next');
    await click(page, 'plan.next');
    await screenshot(page, '14-plan-da-1280x720-150');
    await click(page, 'plan.propose');
    const w = await locate(page, 'propose.window');
    assert.ok(w.x >= 0 && w.y >= 0 && w.x + w.w <= 1280 && w.y + w.h <= 720, `the window is on screen: ${JSON.stringify(w)}`);
    await screenshot(page, '14-propose-da-1280x720-150-setup');
    await fill(page, 'propose.weeks', '1');
    await click(page, 'propose.start');
    const summary = (await locate(page, 'propose.summary', 60000)).text;
    assert.match(summary, /^Forslaget har \d+ nye vagter/);
    await screenshot(page, '14-propose-da-1280x720-150');
    for (const id of ['propose.accept_all', 'propose.discard']) {
      const r = await locate(page, id);
      assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= 1280 && r.y + r.h <= 720, `${id} is on screen: ${JSON.stringify(r)}`);
    }
    assert.deepEqual(errors, []);
  });
});
