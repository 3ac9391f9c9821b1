// Denmark as a Danish arbejdsleder expects it (seed 003 §§ 6, 9, 11), in
// Danish, at 1280×800, at 1280×720 with 150 % text and on a touch tablet
// (820×1180): the arrangement's § 96 and CVR number; a pregnancy-related
// illness with its conversation held; the sygetimer column on the timeseddel;
// grants with their kinds (no cap but on weekend stays) and the application
// day of a stay abroad; the budget with the hourly cost from the wage.
// Screenshots: tests/browser/output/22-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { click, locate, root, screenshot, until, untilDocument, fill, frames, openFixture, withPage, clockAt, drawn, useLayout } from '../lib.mjs';

const norwegian = /\b(vakt|vakter|assistent\w*|vedtak\w*|timeliste\w*|egenmelding\w*|omsorgsdag\w*|sykemelding\w*|arbeidsplan\w*|uke|overtid|NAV)\b/i;

async function danish(page, id) {
  const m = await locate(page, id);
  assert.ok(m.text, `${id} has a text`);
  assert.doesNotMatch(m.text, norwegian, `${id}: ${m.text}`);
  return m.text;
}

// The hours of a1's shifts in the example on 12 and 13 March (no clock change then).
function plannedHours(days) {
  const example = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/examples/dk_eksempel.json'), 'utf8'));
  let h = 0;
  for (const s of example.shifts)
    if (s.assistant === 'a1' && days.includes(s.start.slice(0, 10))) h += (new Date(s.end) - new Date(s.start)) / 3600000;
  return h;
}

const layouts = [
  { name: '1280x800', viewport: { width: 1280, height: 800 } },
  { name: '1280x720-150', viewport: { width: 1280, height: 720 }, size: true },
  { name: '820x1180-touch', viewport: { width: 820, height: 1180 }, hasTouch: true },
];

for (const layout of layouts) {
  test(`Danish sickness, grants and budget at ${layout.name}`, async () => {
    await withPage({ viewport: layout.viewport, hasTouch: layout.hasTouch }, async ({ page, errors }) => {
      await openFixture(page, 1);
      await clockAt(page, '2026-03-25T12:00:00');
      await useLayout(page, { lang: 'da', size150: !!layout.size });
      await frames(page, 3);

      // Indstillinger: § 96 and the CVR number; a wrong one is named and not stored.
      await click(page, 'nav.settings');
      if (await drawn(page, 'settings.tab.arrangement')) await click(page, 'settings.tab.arrangement');
      await click(page, 'settings.section_96');
      await fill(page, 'settings.cvr', '0123');
      await frames(page, 3);
      let doc = await untilDocument(page, (d) => d.arrangement.service_act_section === 96, '§ 96');
      assert.equal(doc.arrangement.cvr, undefined, 'a wrong CVR number is not stored');
      await fill(page, 'settings.cvr', '12345678');
      await untilDocument(page, (d) => d.arrangement.cvr === '12345678', 'the CVR number');
      await screenshot(page, `22-settings-${layout.name}`);

      // Fravær og ferie: Anne (a1) sick because of her pregnancy from 12 March to 10 April.
      await click(page, 'nav.absence');
      await click(page, 'leave.assistant');
      await click(page, 'leave.assistant.a1');
      await click(page, 'leave.type');
      await click(page, 'leave.type.5');
      assert.equal((await locate(page, 'leave.type')).text, 'Sygdom i forbindelse med graviditet');
      await fill(page, 'leave.from', '2026-03-12');
      await fill(page, 'leave.to', '2026-04-10');
      await click(page, 'leave.register');
      doc = await untilDocument(page, (d) => d.absences.some((a) => a.pregnancy_related === true), 'the absence');
      await click(page, 'absence.tab.absences');  // registering opened the shifts to cover
      const sick = doc.absences.find((a) => a.pregnancy_related);
      assert.equal(sick.type, 'sykemelding');
      const id = sick.id;
      assert.match(await danish(page, `sick.conversation_due.${id}`), /^Sygefraværssamtale senest 09.04.2026$/);
      assert.match(await danish(page, `sick.report_due.${id}`), /^Anmeldes til kommunen senest 16.04.2026/);
      assert.match(await danish(page, `sick.cap.${id}`), /fra 02.04.2026 betales højst gennemsnitligt 37 timer om ugen/);
      await fill(page, `sick.conversation.${id}`, '2026-03-20');
      await fill(page, `sick.conversation_note.${id}`, 'Telefonsamtale');
      doc = await untilDocument(page, (d) => d.absences.find((a) => a.id === id).dk_sickness?.conversation?.note === 'Telefonsamtale',
                                'the conversation held');
      assert.equal(doc.absences.find((a) => a.id === id).dk_sickness.conversation.date, '2026-03-20');
      assert.match((await locate(page, `sick.conversation_due.${id}`)).text, /✓ gjort 20.03.2026$/);
      await locate(page, `sick.report_well.${id}`);
      await screenshot(page, `22-sickness-${layout.name}`);

      // Timer: the timeseddel 11 March - 10 April with the sygetimer column: the plan's hours of 12 and 13 March.
      await click(page, 'nav.hours');
      await click(page, 'hours.tab.timesheet');
      await click(page, 'hours.assistant');
      await click(page, 'hours.assistant.a1');
      const expected = plannedHours(['2026-03-12', '2026-03-13']);
      assert.ok(expected > 0);
      assert.equal((await locate(page, 'hours.sick_total')).text, String(expected).replace('.', ','));
      await screenshot(page, `22-timesheet-${layout.name}`);

      // Timer → Timeregnskab: four introduction grants (no cap), then a stay abroad with its application day.
      await click(page, 'hours.tab.account');
      await click(page, 'account.grants');
      await locate(page, 'account.grant_add');
      await click(page, 'account.grant_kind');
      await click(page, 'account.grant_kind.introduction');
      await fill(page, 'account.grant_from', '2026-05-04');
      await fill(page, 'account.grant_to', '2026-05-08');
      await fill(page, 'account.grant_hours', '10');
      for (let i = 1; i <= 4; ++i) {
        await click(page, 'account.grant_add');
        await untilDocument(page, (d) => (d.extra_grants || []).length === i, `grant ${i}`);
      }
      await click(page, 'account.grant_kind');
      await click(page, 'account.grant_kind.stay_abroad');
      await fill(page, 'account.grant_from', '2026-08-31');
      await fill(page, 'account.grant_to', '2026-09-20');
      await click(page, 'account.grant_add');
      doc = await untilDocument(page, (d) => d.extra_grants.length === 5, 'the stay abroad');
      assert.deepEqual(doc.extra_grants.map((g) => g.kind), ['introduction', 'introduction', 'introduction', 'introduction', 'stay_abroad']);
      assert.match(await danish(page, 'account.grant.4'), /^Ophold i udlandet: 31.08.2026 – 20.09.2026, 10 t/);
      assert.match(await danish(page, 'account.grant_apply.4'), /^Søg Myndighed senest 31.05.2026 \(3 måneder før\)/);
      await screenshot(page, `22-grants-${layout.name}`);

      // Timer → Økonomi: the wage gives the hourly cost with Rebild's pension share and holiday pay.
      await click(page, 'hours.tab.economy');
      await locate(page, 'economy.wage_missing');
      await fill(page, 'economy.hourly_wage', '150');
      await untilDocument(page, (d) => d.arrangement.budget?.hourly_wage === 150, 'the wage');
      // 150 + 8,4 % pension + 12,5 % holiday pay = 181,35 kr an hour (unit test: the hourly cost).
      assert.equal((await locate(page, 'economy.value.hourly_cost')).text, '181,35 kr');
      assert.equal((await locate(page, 'economy.value.account_due')).text, '31.03.2027');
      assert.equal(await drawn(page, 'economy.wage_missing'), null);
      await screenshot(page, `22-economy-${layout.name}`);
      await locate(page, 'economy.print');
      assert.deepEqual(errors, []);
    });
  });
}

test('a Norwegian arrangement: no § 96, CVR or sickness section; the budget asks for the rates', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await clockAt(page, '2026-03-25T12:00:00');
    await click(page, 'nav.settings');
    assert.equal(await drawn(page, 'settings.section_96'), null);
    assert.equal(await drawn(page, 'settings.cvr'), null);
    await click(page, 'nav.absence');
    assert.equal(await drawn(page, 'sick.s56'), null);
    await click(page, 'nav.hours');
    await click(page, 'hours.tab.economy');
    await locate(page, 'economy.wage_missing');
    assert.equal(await drawn(page, 'economy.atp_per_hour'), null);
    await locate(page, 'economy.employer_tax_percent');
    assert.equal((await locate(page, 'economy.value.hourly_cost')).text, '0,00 kr');
    await screenshot(page, '22-nb-economy');
    assert.deepEqual(errors, []);
  });
});
