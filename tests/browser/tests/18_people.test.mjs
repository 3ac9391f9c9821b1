// Personal: recruit → hire → onboarding complete → appraisal with the forms →
// dismissal recorded → reference letter printed; a person with records is
// archived, not deleted; the screen at 150 % text on 1280×720 and on a
// touch tablet in Danish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { state, click, fill, locate, frames, screenshot, settle, until, untilDocument, openFixture, withPage, outputDir } from '../lib.mjs';

async function openPeople(page, name = 'Personal') {
  await click(page, 'nav.people');
  await until(page, (s) => s.screen === name, `the ${name} screen`);
}

const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (text, n) => iso(new Date(Date.parse(text + 'T00:00:00Z') + n * 86400000));

async function typeEnter(page, id, text) {
  await fill(page, id, text);
  await page.keyboard.press('Enter');
  await frames(page, 3);
}

async function printed(context, page, id) {
  const [popup] = await Promise.all([context.waitForEvent('page'), click(page, id)]);
  await popup.waitForLoadState();
  return popup;
}

test('recruit, hire, onboard, hold an appraisal, record a dismissal and print the reference letter', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    await page.evaluate(() => { Module.bpa.noPrintDialog = true; });
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await openPeople(page);

    // A vacancy: 14 days to apply, the texts drafted from the weekly need.
    await click(page, 'people.tab.recruitment');
    await click(page, 'recruitment.add');
    let doc = await untilDocument(page, (d) => (d.recruitment || []).length === 1, 'a vacancy');
    const vacancy = doc.recruitment[0];
    assert.equal(vacancy.opened, today);
    assert.equal(vacancy.deadline, addDays(today, 14), 'the deadline at least 14 days on');
    assert.match(vacancy.description, /timer i uka/, 'hours from the need');
    assert.match(vacancy.advert, /Politiattest kreves før første vakt/);
    await typeEnter(page, 'vacancy.new_question', 'Har du førerkort?');
    await untilDocument(page, (d) => d.recruitment[0].questions.includes('Har du førerkort?'), 'the question');
    await typeEnter(page, 'candidate.new', 'Siri Hansen');
    doc = await untilDocument(page, (d) => d.recruitment[0].candidates.length === 1, 'a candidate');
    await fill(page, 'candidate.interview_on', addDays(today, 15));
    await click(page, 'candidate.reference_add');
    await click(page, 'candidate.reference_add');
    await untilDocument(page, (d) => d.recruitment[0].candidates[0].references.length === 2, 'two references');
    await fill(page, 'candidate.ref0.name', 'Per Olsen');
    await fill(page, 'candidate.ref0.said', 'Pålitelig og varm.');
    await fill(page, 'candidate.ref1.name', 'Kari Hansen');
    await click(page, 'candidate.ref1.family');
    await fill(page, 'candidate.ref1.said', 'Flink.');
    await frames(page, 3);
    // Family does not count: one reference short, and the certificate not seen.
    assert.equal((await locate(page, 'candidate.gaps')).text, '2');
    await fill(page, 'candidate.certificate_seen', addDays(today, 16));
    await frames(page, 3);
    assert.equal((await locate(page, 'candidate.gaps')).text, '1');
    await screenshot(page, '18-recruitment-1280x800');
    const guide = await printed(context, page, 'candidate.interview_print');
    const guideText = await guide.locator('body').innerText();
    assert.match(guideText, /Intervjuguide/);
    assert.match(guideText, /Taushetsplikt/);
    assert.match(guideText, /Har du førerkort\?/);
    await guide.screenshot({ path: `${outputDir}/18-print-interview.png`, fullPage: true });
    await guide.close();

    // Hiring makes the assistant, with the certificate and a checklist.
    await fill(page, 'candidate.hire_from', addDays(today, 21));
    await click(page, 'candidate.hire');
    doc = await untilDocument(page, (d) => d.assistants.some((a) => a.name === 'Siri Hansen'), 'the new assistant');
    const siri = doc.assistants.find((a) => a.name === 'Siri Hansen');
    assert.equal(siri.employed_from, addDays(today, 21));
    assert.equal(siri.onboarding.certificate_seen, addDays(today, 16));
    assert.equal(doc.recruitment[0].candidates[0].status, 'hired');

    // Onboarding: every item done today, one training item of the leader's own.
    await click(page, 'candidate.to_onboarding');
    await locate(page, 'onboarding.item.contract');
    for (const key of ['contract', 'confidentiality', 'bank_account']) {
      await click(page, `onboarding.today.${key}`);
      await untilDocument(page, (d) => Object.values(d.assistants.find((a) => a.id === siri.id).onboarding).includes(today), key);
    }
    await typeEnter(page, 'onboarding.new_training', 'Forflytning med takheis');
    doc = await untilDocument(page, (d) => (d.assistants.find((a) => a.id === siri.id).onboarding.training || []).length === 1, 'training');
    const training = doc.assistants.find((a) => a.id === siri.id).onboarding.training[0].id;
    await click(page, `onboarding.today.training:${training}`);
    await untilDocument(page, (d) => d.assistants.find((a) => a.id === siri.id).onboarding.training[0].done_on === today, 'trained');
    assert.match((await locate(page, 'onboarding.item.probation_talk')).text, /\|open$/, 'the probation talk is still to hold');
    await screenshot(page, '18-onboarding-1280x800');

    // Talks: the probation talk completes the checklist; then an appraisal with both preparation forms.
    await click(page, 'people.tab.talks');
    await click(page, 'talks.new_kind');
    await click(page, 'talks.new_kind.probation');
    await fill(page, 'talks.new_date', addDays(today, 40));
    await click(page, 'talks.add');
    await untilDocument(page, (d) => (d.assistants.find((a) => a.id === siri.id).talks || []).some((t) => t.kind === 'probation'),
      'the probation talk');
    await click(page, 'people.tab.onboarding');
    assert.match((await locate(page, 'onboarding.item.probation_talk')).text, /\|done$/, 'the probation talk held');
    assert.equal((await locate(page, 'onboarding.open')).text, '0', 'onboarding complete');
    await click(page, 'people.tab.talks');
    await click(page, 'talks.new_kind');
    await click(page, 'talks.new_kind.appraisal');
    await fill(page, 'talks.new_date', addDays(today, 60));
    await click(page, 'talks.add');
    doc = await untilDocument(page, (d) => (d.assistants.find((a) => a.id === siri.id).talks || []).length === 2, 'a talk');
    const appraisal = doc.assistants.find((a) => a.id === siri.id).talks.find((t) => t.kind === 'appraisal');
    assert.ok(appraisal, 'the appraisal');
    await fill(page, 'talk.present', 'Siri Hansen, arbeidsleder');
    await click(page, 'talk.form.leader');
    await fill(page, 'talk.form.leader.general', 'Trives godt, god på rutiner.');
    await click(page, 'talk.form.assistant');
    await fill(page, 'talk.form.assistant.training', 'Vil lære mer om epilepsi.');
    await click(page, 'talk.signed_leader');
    await click(page, 'talk.signed_assistant');
    doc = await untilDocument(page, (d) => {
      const t = (d.assistants.find((a) => a.id === siri.id).talks || []).find((x) => x.kind === 'appraisal');
      return t && t.signed_leader && t.signed_assistant && t.forms?.assistant?.training === 'Vil lære mer om epilepsi.';
    }, 'the appraisal with its forms');
    await screenshot(page, '18-talks-1280x800');
    const minutes = await printed(context, page, 'talk.print');
    const minutesText = await minutes.locator('body').innerText();
    assert.match(minutesText, /Referat: Medarbeidersamtale/);
    assert.match(minutesText, /Generelt om arbeid i BPA-ordningen/);
    assert.match(minutesText, /Trives godt, god på rutiner\./);
    assert.match(minutesText, /signert av begge/);
    await minutes.screenshot({ path: `${outputDir}/18-print-minutes.png`, fullPage: true });
    await minutes.close();

    // Leaving: a dismissal, the last day after notice; then the reference letter in English.
    await click(page, 'people.tab.leaving');
    await click(page, 'leaving.kind');
    await click(page, 'leaving.kind.dismissal');
    // The notice is given today unless changed, written as Norwegian writes dates.
    const written = (iso) => iso.split('-').reverse().join('.');
    assert.equal((await locate(page, 'leaving.notice_given')).text, written(today));
    // A date typed as ISO is shown as Norwegian writes it once the field is left.
    await fill(page, 'leaving.notice_given', addDays(today, 90));
    await page.keyboard.press('Tab');
    await settle(page);
    assert.equal((await locate(page, 'leaving.notice_given')).text, written(addDays(today, 90)));
    await click(page, 'leaving.record');
    doc = await untilDocument(page, (d) => d.assistants.find((a) => a.id === siri.id).leaving, 'the leaving recorded');
    const left = doc.assistants.find((a) => a.id === siri.id);
    assert.equal(left.leaving.kind, 'dismissal');
    assert.equal(left.leaving.notice_given, addDays(today, 90));
    assert.equal(left.employed_to, left.leaving.last_day, 'the employment ends on the last day');
    assert.ok(left.leaving.last_day > left.leaving.notice_given, 'the notice period runs');
    assert.ok((left.talks || []).length === 2, 'the talks are kept');
    await fill(page, 'reference.assessment', 'Siri var omsorgsfull og presis.');
    await untilDocument(page, (d) => d.assistants.find((a) => a.id === siri.id).leaving.assessment === 'Siri var omsorgsfull og presis.',
      'the assessment');
    await click(page, 'reference.lang.2');
    await screenshot(page, '18-leaving-1280x800');
    const letter = await printed(context, page, 'reference.print');
    const letterText = await letter.locator('body').innerText();
    assert.match(letterText, /Reference/);
    assert.match(letterText, /^Siri Hansen$/m, 'no birth date recorded: the name alone, and the page asks for it');
    assert.match(letterText, /The position was permanent/i);
    assert.match(letterText, /has been employed as a personal assistant/);
    assert.match(letterText, /Siri var omsorgsfull og presis\./);
    await letter.screenshot({ path: `${outputDir}/18-print-reference-en.png`, fullPage: true });
    await letter.close();
    assert.deepEqual(errors, []);
  });
});

test('a person with records is archived instead of deleted, and the records stay', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    let doc = await untilDocument(page, (d) => d.assistants.length > 0, 'the example');
    const worked = doc.shifts.find((s) => s.status === 'worked') || doc.shifts[0];
    const who = doc.absences.length ? doc.absences[0].assistant : worked.assistant;
    const shiftsBefore = doc.shifts.filter((s) => s.assistant === who && s.status !== 'planned').length;
    await click(page, 'nav.assistants');
    await click(page, `assistants.row.${who}`);
    await click(page, 'assistants.delete');
    await locate(page, 'assistants.delete_confirm');
    await screenshot(page, '18-archive-dialog-1280x800');
    await click(page, 'assistants.delete_confirm');
    doc = await untilDocument(page, (d) => d.assistants.find((a) => a.id === who)?.archived === true, 'archived');
    assert.ok(doc.assistants.find((a) => a.id === who), 'still there');
    assert.equal(doc.shifts.filter((s) => s.assistant === who && s.status !== 'planned').length, shiftsBefore, 'records kept');
    assert.ok(doc.absences.filter((a) => a.assistant === who).length >= (who === doc.absences[0]?.assistant ? 1 : 0));
    assert.deepEqual(errors, []);
  });
});

test('the plan warns about shifts before the declaration and the certificate, and leads to the checklist', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
    await openFixture(page, 0);
    const doc = await untilDocument(page, (d) => d.assistants.length > 0, 'the example');
    await openPeople(page);
    await click(page, 'people.tab.onboarding');
    await click(page, 'onboarding.start');
    const after = await untilDocument(page, (d) => d.assistants.some((a) => a.onboarding), 'a checklist');
    const who = after.assistants.find((a) => a.onboarding).id;
    assert.ok(doc.shifts.some((s) => s.assistant === who), 'the example has shifts for them');
    // The page's clock in the example's first week with shifts of theirs; the plan opens at "today".
    const first = doc.shifts.filter((s) => s.assistant === who).map((s) => s.start.slice(0, 10)).sort()[0];
    await page.clock.setFixedTime(new Date(`${first}T10:00:00`));
    await click(page, 'nav.plan');
    await click(page, 'plan.today');
    const r = await locate(page, 'plan.papers');
    assert.ok(Number(r.text) > 0, `shifts listed: ${r.text}`);
    await screenshot(page, '18-plan-papers-1280x800');
    await click(page, 'plan.papers_go');
    await until(page, (s) => s.screen === 'Personal', 'back to Personal');
    await locate(page, 'onboarding.item.confidentiality');
    assert.deepEqual(errors, []);
  });
});

for (const layout of [
  { name: '1280x800-da', viewport: { width: 1280, height: 800 }, lang: 'da', width: 1280, height: 800 },
  { name: '1280x720-150-da', viewport: { width: 1280, height: 720 }, size: true, lang: 'da', width: 1280, height: 720 },
  { name: '1280x720-150-nb', viewport: { width: 1280, height: 720 }, size: true, lang: 'nb', width: 1280, height: 720 },
  { name: '820x1180-touch-nb', viewport: { width: 820, height: 1180 }, hasTouch: true, lang: 'nb', width: 820, height: 1180 },
  { name: '820x1180-touch-da', viewport: { width: 820, height: 1180 }, hasTouch: true, lang: 'da', width: 820, height: 1180 },
]) {
  test(`Personal at ${layout.name}: every tab inside the window`, async () => {
    await withPage({ viewport: layout.viewport, hasTouch: !!layout.hasTouch }, async ({ page, errors }) => {
      await openFixture(page, 1);
      if (layout.lang !== 'nb') {
        await click(page, 'top.language');
        await click(page, `top.language.${layout.lang}`);
        await until(page, (s) => s.language === layout.lang, layout.lang);
      }
      if (layout.size) {
        await click(page, 'nav.settings');
        await click(page, 'settings.tab.display');
        await click(page, 'settings.size150');
        await frames(page, 3);
      }
      await openPeople(page, layout.lang === 'da' ? 'Personale' : 'Personal');
      await click(page, 'people.tab.recruitment');
      await click(page, 'recruitment.add');
      await untilDocument(page, (d) => (d.recruitment || []).length === 1, 'a vacancy');
      const advert = (await untilDocument(page, (d) => d.recruitment.length === 1, 'the advert')).recruitment[0].advert;
      assert.match(advert, /straffeattest/, 'the Danish arrangement asks for the straffeattest, in Danish');
      await screenshot(page, `18-recruitment-${layout.name}`);
      for (const tab of ['people.tab.onboarding', 'people.tab.talks', 'people.tab.leaving']) {
        await click(page, tab);
        await frames(page, 3);
        await screenshot(page, `18-${tab.split('.').pop()}-${layout.name}`);
        for (const id of ['people.tab.recruitment', 'people.tab.leaving']) {
          const r = await locate(page, id);
          assert.ok(r.x >= 0 && r.x + r.w <= layout.width && r.y + r.h <= layout.height, `${id} inside: ${JSON.stringify(r)}`);
        }
      }
      // The year with the new vacancy's application deadline on it.
      await click(page, 'nav.year');
      await locate(page, 'year.band');
      await screenshot(page, `18-year-${layout.name}`);
      assert.deepEqual(errors, []);
    });
  });
}
