// Absence: register sick leave, see the open shifts, assign a substitute, and
// the work plan's coverage is restored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentJson, drawnText, click, fill, locate, screenshot, until, openFixture, withPage } from '../lib.mjs';

test('register sick leave, see the open shifts, assign a substitute, coverage restored', async () => {
  await withPage({ viewport: { width: 1600, height: 1000 } }, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.absence');
    const badge = (await locate(page, 'leave.badge.egenmelding')).text;
    assert.match(badge, /Egenmelding: \d+ av 24 dager brukt siste 12 mnd/);  // the example uses the extended policy
    await screenshot(page, '10-absence');

    // Åse (a1) has the morning shifts Monday to Wednesday; she is sick Monday 23 March.
    await fill(page, 'leave.from', '2026-03-23');
    await fill(page, 'leave.to', '2026-03-23');
    await click(page, 'leave.register');
    const doc = await documentJson(page);
    const sick = doc.absences.find((a) => a.from === '2026-03-23');
    assert.equal(sick.type, 'egenmelding');
    assert.equal(sick.assistant, 'a1');
    assert.equal((await locate(page, 'leave.open_count')).text, '1');
    await screenshot(page, '10-open-shifts');

    const open = doc.shifts.find((s) => s.assistant === 'a1' && s.start.startsWith('2026-03-23'));
    // The plan shows the gap: nobody covers Monday morning.
    await click(page, 'nav.plan');
    await until(page, (s) => s.violations.some((v) => v.rule === 'during_absence'), 'the shift during the absence');

    await click(page, 'nav.absence');
    const button = await page.evaluate((id) => {
      for (const who of ['a2', 'a3', 'a4']) {
        const r = Module.ccall('bpa_test_locate', 'string', ['string'], [`leave.assign.${id}.${who}`]);
        if (r) return `leave.assign.${id}.${who}`;
      }
      return '';
    }, open.id);
    assert.ok(button, 'someone is suggested');
    await click(page, button);
    assert.equal((await locate(page, 'leave.open_count')).text, '0');
    // Said as all covered, not as "0 vakter må dekkes".
    const words = await drawnText(page);
    assert.match(words, /Alle vakter er dekket\./);
    assert.doesNotMatch(words, /0 vakter må dekkes/);
    const after = await documentJson(page);
    const old = after.shifts.find((s) => s.id === open.id);
    assert.equal(old.status, 'cancelled');
    const sub = after.shifts.find((s) => s.replaces === open.id);
    assert.ok(sub && sub.assistant !== 'a1' && sub.start === open.start && sub.end === open.end);

    await click(page, 'nav.plan');
    const s = await until(page, (s) => !s.violations.some((v) => v.rule === 'during_absence'), 'no shift during the absence');
    assert.equal(s.violations.filter((v) => v.severity === 'error').length, 0);
    const total = (await locate(page, 'plan.coverage_total')).text;
    assert.match(total, /Uten dekning: 0 timer/);
    await screenshot(page, '10-plan-covered');
    assert.deepEqual(errors, []);
  });
});
