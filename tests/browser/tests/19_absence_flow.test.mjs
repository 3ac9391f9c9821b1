// The absence flows as a person expects them: an egenmelding the rules do not
// allow is shown before it is saved and a sykemelding offered; each absence
// opens the plan at its week; the vacation planner takes wishes by dragging,
// approves them and warns when too many are away; the vacation notice date is
// entered and edited; the open shifts list every candidate with the reason they
// cannot, assign anyway after a confirmation, and split a shift between two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentJson, click, fill, frames, locate, reveal, screenshot, settle, state, until, untilDocument, openFixture,
         withPage } from '../lib.mjs';

const located = (page, id) => page.evaluate((i) => Module.ccall('bpa_test_locate', 'string', ['string'], [i]), id);

async function chooseAssistant(page, id) {
  await click(page, 'leave.assistant');
  await click(page, `leave.assistant.${id}`);
}

async function chooseType(page, index) {
  await click(page, 'leave.type');
  await click(page, `leave.type.${index}`);
}

// Drags across an assistant's row of the year view from one day of the year to another (0 = 1 January).
async function dragRow(page, assistant, fromDay, toDay) {
  const r = await reveal(page, `vacation.row.${assistant}`);
  const x = (day) => r.x + (r.w * (day + 0.5)) / 365;
  const y = r.y + r.h / 2;
  await page.mouse.move(x(fromDay), y);
  await settle(page);
  await page.mouse.down();
  await frames(page, 2);
  for (let i = 1; i <= 4; ++i) {
    await page.mouse.move(x(fromDay + ((toDay - fromDay) * i) / 4), y);
    await frames(page, 2);
  }
  await page.mouse.up();
  await settle(page);
}

const dayOfYear2026 = (iso) => Math.round((Date.parse(iso + 'T00:00:00Z') - Date.parse('2026-01-01T00:00:00Z')) / 86400000);

test('egenmelding before two months: shown before saving, a sykemelding with one click; the plan at its week', async () => {
  await withPage({ viewport: { width: 1600, height: 1000 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.absence');
    // Håkon (a4) started 1 February 2026: no egenmelding before 1 April.
    await chooseAssistant(page, 'a4');
    await fill(page, 'leave.from', '2026-03-10');
    await fill(page, 'leave.to', '2026-03-11');
    const warning = await locate(page, 'leave.consequence.0');
    assert.match(warning.text, /Håkon Øvrebø: egenmelding 10.03.2026 – 11.03.2026 før 2 måneders ansettelse; sykemelding fra lege trengs/);
    let doc = await documentJson(page);
    assert.equal(doc.absences.length, 1, 'nothing saved yet');
    await screenshot(page, '19-egenmelding-before-saving');
    await click(page, 'leave.register_instead');
    doc = await untilDocument(page, (d) => d.absences.length === 2, 'the sick leave');
    const sick = doc.absences[1];
    assert.equal(sick.type, 'sykemelding');
    assert.equal(sick.assistant, 'a4');
    assert.equal(sick.from, '2026-03-10');
    assert.equal(await located(page, 'leave.consequence.0'), '', 'a sykemelding brings no warning');

    // The absence opens the plan at its week.
    await click(page, `leave.show_in_plan.${sick.id}`);
    const s = await until(page, (s) => s.plan_first_day === '2026-03-09', 'the plan at the week of 10 March');
    assert.equal(s.screen, 'Arbeidsplan');
    assert.deepEqual(errors, []);
  });
});

test('the vacation planner: drag a wish, too many away explained, approve from there; the notice date entered and edited', async () => {
  await withPage({ viewport: { width: 1600, height: 1000 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.absence');
    await click(page, 'absence.tab.vacation');
    const limit = await locate(page, 'vacation.limit');
    assert.match(limit.text, /Høyst 2 av 4 assistenter/);
    const from = dayOfYear2026('2026-07-06'), to = dayOfYear2026('2026-07-17');
    for (const who of ['a1', 'a2', 'a3']) await dragRow(page, who, from, to);
    const doc = await untilDocument(page, (d) => d.absences.filter((a) => a.type === 'vacation').length === 3, 'three wishes');
    const wishes = doc.absences.filter((a) => a.type === 'vacation');
    for (const w of wishes) {
      assert.equal(w.status, 'wish');
      assert.ok(Math.abs(dayOfYear2026(w.from) - from) <= 1 && Math.abs(dayOfYear2026(w.to) - to) <= 1, JSON.stringify(w));
    }
    assert.deepEqual(wishes.map((w) => w.assistant), ['a1', 'a2', 'a3']);
    const crowded = await locate(page, 'vacation.too_many');
    assert.match(crowded.text, /for mange borte på ferie samtidig.*Åse Bjørnstad, Jørgen Lie, Mari Sæther \(3 borte, høyst 2\)/);
    await screenshot(page, '19-vacation-planner');

    // Click Åse's wish in the year view, approve it there.
    const row = await reveal(page, 'vacation.row.a1');
    await page.mouse.click(row.x + (row.w * (from + 4.5)) / 365, row.y + row.h / 2);
    await settle(page);
    assert.match((await locate(page, 'vacation.selected')).text, /Åse Bjørnstad ønsker ferie/);
    await click(page, 'vacation.selected.approve');
    const approved = await untilDocument(page, (d) => d.absences.some((a) => a.assistant === 'a1' && a.type === 'vacation' && a.status === 'approved'),
                                         'the wish approved');
    const vacation = approved.absences.find((a) => a.assistant === 'a1' && a.type === 'vacation');

    // The notice date: editable in the list of absences; the check counts from it.
    await click(page, 'absence.tab.absences');
    await chooseAssistant(page, 'a1');
    await fill(page, `leave.requested_on.${vacation.id}`, '2026-05-06');
    await untilDocument(page, (d) => d.absences.find((a) => a.id === vacation.id).requested_on === '2026-05-06', 'the notice date');

    // A new vacation with its notice date from the form.
    await chooseType(page, 3);
    await fill(page, 'leave.from', '2026-08-03');
    await fill(page, 'leave.to', '2026-08-07');
    await fill(page, 'leave.requested_on', '2026-06-04');
    const late = await locate(page, 'leave.consequence.0');
    assert.match(late.text, /ble varslet for sent \(varsel senest 03.06.2026; 2 måneder kreves\)/);
    await fill(page, 'leave.requested_on', '2026-06-03');
    await frames(page, 3);
    assert.equal(await located(page, 'leave.consequence.0'), '', 'two months to the day is in time');
    await click(page, 'leave.register');
    const saved = await untilDocument(page, (d) => d.absences.some((a) => a.from === '2026-08-03'), 'the vacation');
    assert.equal(saved.absences.find((a) => a.from === '2026-08-03').requested_on, '2026-06-03');
    assert.deepEqual(errors, []);
  });
});

test('open shifts: every candidate with the reason, assign anyway after a confirmation, split between two', async () => {
  await withPage({ viewport: { width: 1600, height: 1000 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.absence');
    // Jørgen (a2) is sick 26-27 March: his morning shifts s28 and s30 are open.
    await chooseAssistant(page, 'a2');
    await fill(page, 'leave.from', '2026-03-26');
    await fill(page, 'leave.to', '2026-03-27');
    await click(page, 'leave.register');
    await untilDocument(page, (d) => d.absences.length === 2, 'the sick leave');
    // Mari (a3) is sick Sunday 29 March: her shift s32 is open.
    await click(page, 'absence.tab.absences');
    await chooseAssistant(page, 'a3');
    await fill(page, 'leave.from', '2026-03-29');
    await fill(page, 'leave.to', '2026-03-29');
    await click(page, 'leave.register');
    await untilDocument(page, (d) => d.absences.length === 3, 'the second sick leave');
    await click(page, 'absence.tab.open');
    assert.equal((await locate(page, 'leave.open_count')).text, '3');
    // Jørgen worked Sunday 22 March: the next Sunday must be free.
    const reason = await locate(page, 'leave.reason.s32.a2');
    assert.match(reason.text, /\(før vakten\): .*22.03.2026.*29.03.2026/);
    for (const shift of ['s28', 's30', 's32'])
      for (const who of ['a1', 'a2', 'a3', 'a4'].filter((w) => w !== (shift === 's32' ? 'a3' : 'a2')))
        assert.ok((await located(page, `leave.assign.${shift}.${who}`)) || (await located(page, `leave.reason.${shift}.${who}`)),
                  `${who} for ${shift}: a button or a reason`);
    await screenshot(page, '19-open-shifts');

    await click(page, 'leave.anyway.s32.a2');
    assert.match((await locate(page, 'leave.anyway.text')).text, /Jørgen Lie får vakten 29.03.2026 10:00–14:00/);
    await screenshot(page, '19-assign-anyway');
    await click(page, 'leave.anyway.ok');
    let doc = await untilDocument(page, (d) => d.shifts.some((s) => s.replaces === 's32'), 'the shift given anyway');
    assert.equal(doc.shifts.find((s) => s.replaces === 's32').assistant, 'a2');
    assert.equal(doc.shifts.find((s) => s.id === 's32').status, 'cancelled');

    // Split Friday's shift at 09:30 and give each part to someone.
    await fill(page, 'leave.split_at.s30', '09:30');
    await click(page, 'leave.split.s30');
    doc = await untilDocument(page, (d) => d.shifts.some((s) => s.split_from === 's30'), 'the split');
    const second = doc.shifts.find((s) => s.split_from === 's30');
    assert.equal(doc.shifts.find((s) => s.id === 's30').end, '2026-03-27T09:30');
    assert.equal(second.start, '2026-03-27T09:30');
    assert.equal(second.end, '2026-03-27T11:30');
    for (const part of ['s30', second.id]) {
      const button = await page.evaluate((id) => {
        for (const who of ['a4', 'a1', 'a3'])
          if (Module.ccall('bpa_test_locate', 'string', ['string'], [`leave.assign.${id}.${who}`])) return `leave.assign.${id}.${who}`;
        return '';
      }, part);
      assert.ok(button, `someone can take ${part}`);
      await click(page, button);
      await untilDocument(page, (d) => d.shifts.some((s) => s.replaces === part), `${part} given`);
    }
    assert.equal((await locate(page, 'leave.open_count')).text, '1');  // s28 is left
    assert.deepEqual(errors, []);
  });
});

// Screenshots of the three tabs at 1280×800, and at 1280×720 with 150 % text.
for (const layout of [{ name: '1280x800', viewport: { width: 1280, height: 800 } },
                      { name: '1280x720-150', viewport: { width: 1280, height: 720 }, size: true }]) {
  test(`the absence screen's tabs at ${layout.name}`, async () => {
    await withPage({ viewport: layout.viewport }, async ({ page, errors }) => {
      await openFixture(page, 0);
      if (layout.size) {
        await click(page, 'nav.settings');
        await click(page, 'settings.tab.display');
        await click(page, 'settings.size150');
        await frames(page, 3);
      }
      await click(page, 'nav.absence');
      await chooseAssistant(page, 'a4');
      await fill(page, 'leave.from', '2026-03-23');
      await fill(page, 'leave.to', '2026-03-23');
      await locate(page, 'leave.consequence.0');
      await screenshot(page, `19-absence-${layout.name}`);
      await click(page, 'leave.register_instead');
      // Mari (a3) sick on Sunday 29 March: Jørgen worked the Sunday before.
      await chooseAssistant(page, 'a3');
      await fill(page, 'leave.from', '2026-03-29');
      await fill(page, 'leave.to', '2026-03-29');
      await click(page, 'leave.register');
      await click(page, 'absence.tab.open');
      await locate(page, 'leave.reason.s32.a2');
      await screenshot(page, `19-open-${layout.name}`);
      await click(page, 'absence.tab.vacation');
      await dragRow(page, 'a1', dayOfYear2026('2026-07-06'), dayOfYear2026('2026-07-24'));
      await dragRow(page, 'a2', dayOfYear2026('2026-07-13'), dayOfYear2026('2026-07-31'));
      await dragRow(page, 'a4', dayOfYear2026('2026-07-20'), dayOfYear2026('2026-08-07'));
      await screenshot(page, `19-vacation-${layout.name}`);
      await locate(page, 'vacation.too_many');
      for (const id of ['absence.tab.absences', 'absence.tab.vacation', 'absence.tab.open']) {
        const r = await locate(page, id);
        assert.ok(r.x >= 0 && r.x + r.w <= layout.viewport.width && r.y + r.h <= layout.viewport.height, `${id} inside`);
      }
      assert.deepEqual(errors, []);
    });
  });
}
