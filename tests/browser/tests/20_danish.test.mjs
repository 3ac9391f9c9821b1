// The Danish example in Danish: every screen speaks Danish with the Danish
// terms (seed 003), shows no Norwegian-only field or rule, and the payroll
// file names overtime and absences in Danish. Screenshots of each screen are
// kept in tests/browser/output/20-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { click, documentJson, locate, locateAll, outputDir, screenshot, settle, state, until, openFixture, withPage, clockAt, drawn } from '../lib.mjs';

// Norwegian words that have a Danish term of their own (DESIGN.md, "Words").
const norwegian = /\b(vakt|vakter|assistent\w*|vedtak\w*|timeliste\w*|egenmelding\w*|omsorgsdag\w*|sykemelding\w*|tilkalling\w*|arbeidsplan\w*|uke|overtid|politiattest|taushet\w*|oppsigelse|dialogmøte\w*|NAV)\b/i;

// The texts of the marks that are drawn, with their ids, checked for Norwegian words.
async function checkDanish(page, ids) {
  const texts = [];
  for (const id of ids) {
    const m = await drawn(page, id);
    if (m && m.text) texts.push([id, m.text]);
  }
  for (const [id, text] of texts) assert.doesNotMatch(text, norwegian, `${id}: ${text}`);
  return texts;
}

test('the Danish example in Danish: Danish words on every screen, no Norwegian-only fields', async () => {
  await withPage({ viewport: { width: 1280, height: 900 } }, async ({ page, errors }) => {
    await openFixture(page, 1);
    await clockAt(page, '2026-03-04T12:00:00');
    await click(page, 'top.language');
    await click(page, 'top.language.da');
    await until(page, (s) => s.language === 'da', 'Danish');
    // The import's notice, made in Norwegian, now speaks Danish.
    const { notices } = await state(page);
    assert.ok(notices.includes('Importeret fra »dk_eksempel.json«.'), JSON.stringify(notices));
    assert.ok(!notices.some((n) => n.startsWith('Importert')), JSON.stringify(notices));

    const names = [];
    const screenName = async () => { const n = (await state(page)).screen; names.push(n); return n; };

    // Overblik
    await click(page, 'nav.overview');
    await screenName();
    await screenshot(page, '20-da-overview');

    // Hjælpere: Mette has two children; the Danish child's sick days have no
    // single-parent or chronic-illness fields (those change the Norwegian quota only).
    await click(page, 'nav.assistants');
    await screenName();
    await click(page, 'assistants.row.a2');
    await locate(page, 'assistant.child0.birth');
    assert.equal(await drawn(page, 'assistant.single_parent'), null, 'no single-parent field for DK');
    assert.equal(await drawn(page, 'assistant.child0.chronic'), null, 'no chronic-child field for DK');
    const [[, contract]] = await checkDanish(page, ['assistant.contract_check']);
    // Mette's 20 contract hours against the example's two weeks of shifts in the four weeks shown.
    assert.match(contract, /^Planlagt i de 4 uger fra 02\.03\.2026: [\d,]+ timer om ugen i gennemsnit; aftalt 20\. (Færre|Mere) end aftalt: .*hjælperen/);
    await screenshot(page, '20-da-assistants');

    // Vagtplan
    await click(page, 'nav.plan');
    assert.equal(await screenName(), 'Vagtplan');
    await locate(page, 'plan.grid');
    await checkDanish(page, ['plan.title', 'plan.coverage_total', 'plan.papers']);
    await screenshot(page, '20-da-plan');

    // Timer: the timesheet (no Norwegian pay day), the payroll file and the account.
    await click(page, 'nav.hours');
    await screenName();
    await click(page, 'hours.assistant');
    await click(page, 'hours.assistant.a1');
    assert.equal(await drawn(page, 'hours.pay_day'), null, 'the Norwegian pay day is not shown for DK');
    await checkDanish(page, ['hours.status', 'hours.csv_contents', 'hours.csv_left_out', 'hours.total']);
    await screenshot(page, '20-da-timesheet');
    // Each line's buttons can be seen without scrolling sideways: the lines of a
    // month in Danish are wider than the window, and the buttons come right after the times.
    const shifts = (await documentJson(page)).shifts.filter((s) => s.assistant === 'a1').map((s) => `hours.correct.${s.id}`);
    const buttons = (await locateAll(page, shifts)).filter(Boolean);
    assert.ok(buttons.length > 0, 'the timesheet has lines with buttons');
    for (const r of buttons) {
      assert.ok(r.x >= r.clip[0] - 0.5 && r.x + r.w <= r.clip[2] + 0.5, `a line's button is whole in view: ${JSON.stringify(r)}`);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'hours.csv')]);
    const file = path.join(outputDir, '20-' + download.suggestedFilename());
    await download.saveAs(file);
    const rows = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter((r) => r);
    assert.equal(rows[0], 'Hjælper;Dato;Fra;Til;Timer;Merarbejde;Tillæg (helligdag);Fravær');
    for (const row of rows) assert.doesNotMatch(row, /Overtid|egenmelding|child_sick|sykemelding|vacation/, row);
    await click(page, 'hours.tab.account');
    await checkDanish(page, ['account.summary', 'account.unconfirmed']);
    await screenshot(page, '20-da-account');

    // Fravær og ferie: Mette's child's 1st and 2nd sick day, no egenmelding.
    await click(page, 'nav.absence');
    await screenName();
    await click(page, 'leave.assistant');
    await click(page, 'leave.assistant.a2');
    assert.equal(await drawn(page, 'leave.badge.egenmelding'), null, 'no egenmelding in Denmark');
    const badges = await checkDanish(page, ['leave.badge.child_sick', 'leave.badge.vacation']);
    assert.match(badges[0][1], /^Barns sygedag: 0 dage brugt \(2 børn; 1\. og 2\. sygedag pr\. sygdomsforløb\)$/);
    await screenshot(page, '20-da-absence');

    // Personale: the onboarding checklist names the Danish papers.
    await click(page, 'nav.people');
    await screenName();
    await click(page, 'people.tab.onboarding');
    if (!(await drawn(page, 'onboarding.item.contract'))) await click(page, 'onboarding.start');
    await locate(page, 'onboarding.item.contract');
    const items = await checkDanish(page, ['onboarding.item.contract', 'onboarding.item.contract_complete',
                                           'onboarding.item.confidentiality', 'onboarding.item.certificate']);
    assert.match(items.find(([id]) => id === 'onboarding.item.certificate')[1], /^Straffeattest set\|/);
    assert.match(items.find(([id]) => id === 'onboarding.item.contract')[1], /^Ansættelsesbevis/);
    await screenshot(page, '20-da-people');

    // Årshjul: no Norwegian deadlines (dialogue meetings with NAV, the hours account's expiry).
    await click(page, 'nav.year');
    await screenName();
    const what = [];
    for (let i = 0; i < 80; ++i) {
      const m = await page.evaluate((id) => Module.ccall('bpa_test_locate', 'string', ['string'], [id]), `year.what.${i}`);
      if (!m) break;
      what.push(`year.what.${i}`);
    }
    const deadlines = await checkDanish(page, ['year.summary', ...what]);
    for (const [, text] of deadlines) assert.doesNotMatch(text, /nulstilles|Dialogmøde|helligdagsplan/i, text);
    await screenshot(page, '20-da-year');

    // Indstillinger
    await click(page, 'nav.settings');
    await screenName();
    await screenshot(page, '20-da-settings');

    assert.deepEqual(names, ['Overblik', 'Hjælpere', 'Vagtplan', 'Timer', 'Fravær og ferie', 'Personale', 'Årshjul', 'Indstillinger']);
    for (const n of names) assert.doesNotMatch(n, norwegian);
    assert.deepEqual(errors, []);
  });
});

test('the Norwegian example keeps its own fields and shows the pay day on the timesheet', async () => {
  await withPage({ viewport: { width: 1280, height: 900 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    await clockAt(page, '2026-03-04T12:00:00');
    await click(page, 'nav.assistants');
    await click(page, 'assistants.row.a1');
    await locate(page, 'assistant.single_parent');
    await click(page, 'nav.hours');
    // March 2026 is paid on the 12th of April, a Sunday: the Friday before.
    const pay = (await locate(page, 'hours.pay_day')).text;
    assert.match(pay, /^Lønningsdag for denne timelisten: 10\.04\.2026\./);
    await screenshot(page, '20-nb-timesheet-pay-day');
    assert.deepEqual(errors, []);
  });
});
