// Teaching: the examples are laid out around the day they are loaded (the
// page's clock set to several days), the current week has shifts, and each
// situation of "Lær med eksempelet" leads to its violation; projector mode at
// 1280×720 steps through them; the start screen lists the first steps while
// nothing is stored, and the overview's guide ticks them off as a new
// arrangement gets its decision and an assistant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, clockAt, documentJson, drawn, loadExample, locate, locateAll, reveal, screenshot, settle, state, until,
  useLayout, withPage } from '../lib.mjs';

const startSteps = ['create', 'decision', 'assistants', 'need', 'plan'].map((k) => `start.steps.${k}`);

const iso = (d) => d.toISOString().slice(0, 10);
const mondayOf = (day) => {
  const d = new Date(day + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return iso(d);
};
const addDays = (day, n) => {
  const d = new Date(day + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};

// Goes to each situation from the overview's panel and checks what the page shows there.
async function visitSituations(page, doc, tag) {
  const list = doc.example.situations;
  assert.deepEqual(list.map((t) => t.id), ['rest', 'hours', 'vacation_notice']);
  for (const t of list) {
    await click(page, 'nav.overview');
    await click(page, `teach.${t.id}.show`);
    const s = await state(page);
    if (t.screen === 'plan') {
      assert.equal(s.plan_first_day, mondayOf(t.day), `${t.id}: the plan shows the week`);
      assert.equal(s.selected_shift, t.shift, `${t.id}: the shift is chosen`);
      assert.ok(s.violations.some((v) => v.rule === t.rule && v.shifts.includes(t.shift)), `${t.id}: ${t.rule} on the shift`);
      assert.ok(await drawn(page, `shift.${t.shift}`), `${t.id}: the shift is on screen`);
    } else {
      const name = doc.assistants.find((a) => a.id === t.assistant).name;
      assert.match((await locate(page, 'vacation.selected')).text, new RegExp(name), 'the vacation is chosen');
    }
    if (tag) await screenshot(page, `28-${tag}-${t.id}`);
  }
}

for (const [when, n] of [['2027-01-01T09:00', 0], ['2028-02-29T09:00', 1], ['2026-07-01T09:00', 0], ['2026-12-31T20:00', 1],
                         [null, 0], [null, 1]]) {
  test(`example ${n} loaded on ${when ?? 'today'}: the current week has shifts and each situation leads to its violation`,
    async () => {
      await withPage({}, async ({ page, errors }) => {
        if (when) await clockAt(page, when);
        const today = when ? when.slice(0, 10) : await page.evaluate(() => {
          const d = new Date();
          return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        });
        await loadExample(page, n);
        const doc = await documentJson(page);
        assert.equal(doc.example.built_for, today);
        const monday = mondayOf(today), sunday = addDays(monday, 6);
        const week = doc.shifts.filter((x) => x.status !== 'cancelled' && x.start.slice(0, 10) >= monday &&
                                              x.start.slice(0, 10) <= sunday);
        assert.ok(week.length >= 8, `shifts in the week of ${today}: ${week.length}`);
        assert.ok((await locate(page, 'teach.panel')).text === '3');
        await click(page, 'nav.plan');
        assert.equal((await state(page)).plan_first_day, monday, 'the plan opens on this week');
        await visitSituations(page, doc, when ? null : `${n}`);
        assert.deepEqual(errors, []);
      });
    });
}

for (const lang of ['nb', 'da']) {
  for (const [layout, options] of [['1280x800', { viewport: { width: 1280, height: 800 } }],
                                   ['1280x720-150', { viewport: { width: 1280, height: 720 } }],
                                   ['820x1180-touch', { viewport: { width: 820, height: 1180 }, hasTouch: true }]]) {
    test(`the learn panel and its situations in ${lang} at ${layout}`, async () => {
      await withPage(options, async ({ page, errors }) => {
        await useLayout(page, { lang, size150: layout.endsWith('150') });
        await click(page, 'nav.overview');  // the start screen
        await loadExample(page, lang === 'da' ? 1 : 0);
        await click(page, 'nav.overview');
        await screenshot(page, `28-learn-${lang}-${layout}`);
        await visitSituations(page, await documentJson(page), `${lang}-${layout}`);
        assert.deepEqual(errors, []);
      });
    });
  }
}

test('projector mode at 1280×720: F8, large text and high contrast, the bars folded into one, situations step by step', async () => {
  for (const lang of ['nb', 'da']) {
    await withPage({ viewport: { width: 1280, height: 720 } }, async ({ page, errors }) => {
      await useLayout(page, { lang });
      await loadExample(page, lang === 'da' ? 1 : 0);
      const doc = await documentJson(page);
      const list = doc.example.situations;
      await page.keyboard.press('F8');
      let s = await until(page, (s) => s.projector, 'projector mode');
      assert.equal(await drawn(page, 'nav.overview'), null, 'the navigation is folded');
      await locate(page, 'projector.bar');
      await screenshot(page, `28-projector-${lang}-overview`);

      await click(page, 'projector.next');
      s = await until(page, (s) => s.teach_step === 0, 'the first situation');
      assert.equal(s.selected_shift, list[0].shift);
      assert.equal(s.plan_first_day, mondayOf(list[0].day));
      assert.match((await locate(page, 'projector.explain.what')).text, /11/);
      assert.equal(await drawn(page, 'projector.explain.source'), null, 'the explanation is folded');
      await click(page, 'projector.explain.why');
      assert.match((await locate(page, 'projector.explain.source')).text, /10-8|§ 50/);
      await screenshot(page, `28-projector-${lang}-rest`);

      await page.keyboard.press('PageDown');  // as a presentation remote sends it
      s = await until(page, (s) => s.teach_step === 1, 'the second situation');
      assert.equal(s.selected_shift, list[1].shift);
      assert.ok(s.violations.some((v) => v.rule === 'decision_hours' && v.shifts.includes(list[1].shift)));
      await screenshot(page, `28-projector-${lang}-hours`);

      await page.keyboard.press('PageDown');
      s = await until(page, (s) => s.teach_step === 2, 'the third situation');
      await locate(page, 'vacation.selected');
      assert.match((await locate(page, 'projector.explain.source')).text, /Ferieloven/);
      await screenshot(page, `28-projector-${lang}-vacation`);

      await page.keyboard.press('PageUp');
      await until(page, (s) => s.teach_step === 1, 'back one');
      await click(page, 'projector.leave');
      await until(page, (s) => !s.projector, 'projector mode off');
      await locate(page, 'nav.overview');
      assert.deepEqual(errors, []);
    });
  }
});

test('the first steps tick off as the arrangement gets a decision and an assistant, and go when put away', async () => {
  await withPage({}, async ({ page, errors }) => {
    // Nothing stored yet: the start screen lists the five steps beside the create button.
    const listed = await locateAll(page, ['start.steps', ...startSteps, 'start.create']);
    assert.ok(listed.every((r) => r), JSON.stringify(listed));
    const words = [/^1\. Opprett ordningen/, /^2\. Legg inn vedtaket/, /^3\. Legg inn assistentene/,
                   /^4\. Beskriv behovet/, /^5\. Lag arbeidsplanen/];
    listed.slice(1, 6).forEach((r, i) => assert.match(r.text, words[i]));
    assert.ok(listed[5].y < listed[6].y, 'the steps come before the create button');
    await screenshot(page, '28-start-steps-1280x800');
    await click(page, 'start.name');
    await page.keyboard.type('Ny ordning');
    await click(page, 'start.create');
    await until(page, (s) => s.library.length === 1, 'the new arrangement');
    await click(page, 'nav.overview');
    const ticks = async () => Object.fromEntries(await Promise.all(
      ['arrangement', 'decision', 'assistants', 'need', 'plan'].map(async (k) => [k, (await locate(page, `first_steps.${k}.done`)).text])));
    assert.deepEqual(await ticks(), { arrangement: 'done', decision: 'open', assistants: 'open', need: 'open', plan: 'open' });
    await screenshot(page, '28-first-steps-new');

    await click(page, 'first_steps.decision.go');
    await click(page, 'settings.decision_add');
    await until(page, (s) => s.revision > 0, 'the decision');
    await click(page, 'nav.overview');
    assert.equal((await ticks()).decision, 'done');

    await click(page, 'first_steps.assistants.go');
    await click(page, 'assistants.add');
    await click(page, 'nav.overview');
    assert.deepEqual(await ticks(), { arrangement: 'done', decision: 'done', assistants: 'done', need: 'open', plan: 'open' });
    await screenshot(page, '28-first-steps-three');

    await click(page, 'first_steps.need.go');
    assert.equal((await state(page)).screen, 'Arbeidsplan');
    await click(page, 'nav.overview');
    await click(page, 'first_steps.dismiss');
    await settle(page);
    assert.equal(await drawn(page, 'first_steps'), null, 'put away');

    // Back on the start screen with an arrangement stored: the steps are gone.
    await click(page, 'top.arrangement');
    await click(page, 'top.new');
    const after = await locateAll(page, ['start.create', 'start.steps', ...startSteps]);
    assert.ok(after[0], 'the start screen');
    assert.deepEqual(after.slice(1), Array(6).fill(null));
    assert.deepEqual(errors, []);
  });
});

for (const layout of [{ name: '1280x720-150-da', viewport: { width: 1280, height: 720 }, lang: 'da', size150: true },
                      { name: '820x1180-touch', viewport: { width: 820, height: 1180 }, hasTouch: true }]) {
  test(`the start screen's first steps at ${layout.name}`, async () => {
    await withPage({ viewport: layout.viewport, hasTouch: !!layout.hasTouch }, async ({ page, errors }) => {
      await useLayout(page, layout);
      if (layout.size150) await click(page, 'nav.overview');
      for (const id of [...startSteps, 'start.create', 'start.example0', 'start.example1']) {
        const r = await reveal(page, id);
        assert.ok(r.x >= 0 && r.x + r.w <= layout.viewport.width + 1, `${id} fits the width`);
      }
      if (layout.lang === 'da') {
        assert.match((await locate(page, 'start.steps.assistants')).text, /^3\. Opret hjælperne/);
        assert.match((await locate(page, 'start.steps.plan')).text, /^5\. Lav vagtplanen/);
      }
      await screenshot(page, `28-start-steps-create-${layout.name}`);
      await reveal(page, 'start.steps.create');
      await screenshot(page, `28-start-steps-${layout.name}`);
      if (layout.lang === 'da') {  // a Danish page starts a new arrangement as Danish
        await click(page, 'start.name');
        await page.keyboard.type('Ny ordning');
        await click(page, 'start.create');
        await until(page, (s) => s.library.length === 1, 'the new arrangement');
        assert.equal((await documentJson(page)).arrangement.jurisdiction, 'DK');
      }
      assert.deepEqual(errors, []);
    });
  });
}
