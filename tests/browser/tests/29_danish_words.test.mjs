// Every screen as the page draws it (every text of a frame, through Dear
// ImGui's log): the Danish example in Danish shows no Norwegian-only word
// (seed 003's terms: hjælper, vagtplan, timeseddel, sygemelding, rådighed,
// afgørelse, løs vikar, lønadministrator), and the Norwegian example in
// Norwegian shows no Danish rule text. The Danish screens are screenshotted
// at 1280×800, at 1280×720 with 150 % text and on a tablet (820×1180, touch):
// tests/browser/output/29-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, clockAt, drawn, drawnText, frames, loadExample, locate, screenshot, settle, useLayout, withPage } from '../lib.mjs';

// Norwegian words that Danish says otherwise (DESIGN.md, "Words"; issue 16),
// and JSON's words in messages.
const norwegian = new RegExp('\\b(vakt|vakter|vakten|assistent\\w*|vedtak\\w*|timeliste\\w*|egenmelding\\w*|omsorgsdag\\w*|' +
  'sykemelding\\w*|sykdom|syk|tilkall\\w*|tilkald\\w*|arbeidsplan\\w*|arbejdsplan\\w*|uke|uker|overtid|politiattest|' +
  'taushet\\w*|oppsigelse|dialogmøte\\w*|NAV|passiv\\w*|hvilende|timekonto\\w*|timebank|lønn|true|false|null|' +
  'sendt til løn|afløser \\(tilkald\\))\\b', 'i');

// Danish rule words a Norwegian arrangement in Norwegian must not show.
const danish = new RegExp('\\b(hjælper\\w*|vagtplan\\w*|timeseddel|timesedler|sygemelding\\w*|rådighed\\w*|' +
  'afgørelse\\w*|lønadministrator|ansættelsesbevis|straffeattest|weekendophold|Rebild|sygedagpenge\\w*|' +
  'raskmelding|mulighedserklæring|sygefraværssamtale|Myndighed)\\b', 'i');

// The screens and their parts, in the order a leader meets them: [what to
// click first, ..., the name of the view]. A toolbar button of the plan opens
// a window over it, closed again by its ×.
const walk = [
  [['nav.overview'], 'overview'],
  [['nav.assistants', 'assistants.row.a2'], 'assistant'],
  [['nav.plan'], 'plan'],
  [['plan.need', 'close:plan.need_window'], 'plan-need'],
  [['plan.rotation', 'close:plan.rotation_window'], 'plan-rotation'],
  [['plan.holiday_plans', 'close:plan.holiday_window'], 'plan-holiday'],
  [['plan.print', 'close:plan.print_window'], 'plan-print'],
  [['plan.propose', 'close:propose.window'], 'plan-propose'],
  [['nav.hours', 'hours.tab.timesheet'], 'timesheet'],
  [['hours.tab.account'], 'account'],
  [['hours.tab.economy'], 'economy'],
  [['nav.absence', 'absence.tab.absences'], 'absences'],
  [['absence.tab.vacation'], 'vacation'],
  [['absence.tab.open'], 'open-shifts'],
  [['nav.people', 'people.tab.recruitment'], 'recruitment'],
  [['people.tab.onboarding'], 'onboarding'],
  [['people.tab.talks'], 'talks'],
  [['people.tab.leaving'], 'leaving'],
  [['nav.year'], 'year'],
  [['nav.settings', 'settings.tab.arrangement'], 'settings'],
  [['settings.tab.people'], 'settings-people'],
  [['settings.tab.rules'], 'settings-rules'],
  [['settings.tab.display'], 'settings-display'],
  [['settings.tab.data'], 'settings-data'],
];

// Closes a window by the × at the right end of its title bar (the window's mark).
async function closeWindow(page, id) {
  const r = await locate(page, id);
  await page.mouse.click(r.x + r.w - r.h / 2, r.y + r.h / 2);
  await settle(page);
  assert.equal(await drawn(page, id), null, `${id} is closed`);
}

// Walks every screen; `look(name, text)` gets what each one draws. A window
// is looked at before it is closed.
async function walkScreens(page, look) {
  const seen = [];
  for (const [clicks, name] of walk) {
    const closing = clicks.filter((id) => id.startsWith('close:')).map((id) => id.slice(6));
    for (const id of clicks.filter((c) => !c.startsWith('close:'))) await click(page, id);
    await frames(page, 2);
    const text = await drawnText(page);
    assert.ok(text.trim().length > 0, `${name}: nothing drawn`);
    seen.push(name);
    await look(name, text);
    for (const id of closing) await closeWindow(page, id);
  }
  assert.equal(seen.length, walk.length);
}

// The lines of `text` that match `words`, for a message that names them.
const offending = (text, words) => text.split('\n').filter((line) => words.test(line));

const layouts = [
  { name: '1280x800', viewport: { width: 1280, height: 800 } },
  { name: '1280x720-150', viewport: { width: 1280, height: 720 }, size150: true },
  { name: '820x1180-touch', viewport: { width: 820, height: 1180 }, hasTouch: true },
];

for (const layout of layouts) {
  test(`the Danish example in Danish has Danish words on every screen (${layout.name})`, async () => {
    await withPage({ viewport: layout.viewport, hasTouch: layout.hasTouch }, async ({ page, errors }) => {
      await loadExample(page, 1);
      await clockAt(page, '2026-03-04T12:00:00');
      await useLayout(page, { lang: 'da', size150: layout.size150 });
      const texts = {};
      await walkScreens(page, async (name, text) => {
        texts[name] = text;
        assert.deepEqual(offending(text, norwegian), [], `${name} in Danish shows Norwegian words`);
        if (name === 'assistant') {
          // A checkbox's long label wraps inside its column instead of running out of it.
          const r = await locate(page, 'assistant.related');
          assert.ok(!r.clip || r.x + r.w <= r.clip[2] + 1, `the label of assistant.related fits: ${JSON.stringify(r)}`);
        }
        if (name === 'vacation') {
          // Each row's sum ("15 af 25 (0 ønsket)") stays whole beside the year, on a tablet too.
          for (const a of ['a1', 'a2']) {
            const r = await locate(page, `vacation.sum.${a}`);
            assert.ok(r.x + r.w <= r.clip[2] + 1, `the vacation sum of ${a} fits: ${JSON.stringify(r)}`);
          }
        }
        await screenshot(page, `29-da-${name}-${layout.name}`);
      });
      // The screens name the Danish things by their Danish names.
      assert.match(texts.overview, /Hjælpere/);
      assert.match(texts.plan, /Vagtplan/);
      assert.match(texts.timesheet, /Timeseddel/);
      assert.match(texts.absences, /Sygemelding|Fravær/);
      // The grants: every kind with its section and deadline, the cap of 3 for weekend stays only.
      await click(page, 'nav.hours');
      await click(page, 'hours.tab.account');
      if (!(await drawn(page, 'account.grant_add'))) await click(page, 'account.grants');
      const grants = (await drawnText(page)).replace(/\s+/g, ' ');
      for (const part of ['introduktion af en ny hjælper og sygdom (Rebild 6.1)', 'weekendophold og ferie eller ophold uden for hjemmet (9.2)',
                          'ophold i udlandet (9.3', 'Kun weekendophold har et loft: højst 3 om året',
                          'senest 1 måned før', '3 måneder før et ophold i udlandet'])
        assert.ok(grants.includes(part), `the grants' help names: ${part}`);
      assert.deepEqual(offending(grants, norwegian), []);
      await screenshot(page, `29-da-grants-${layout.name}`);
      assert.deepEqual(errors, []);
    });
  });
}

test('the Norwegian example in Norwegian shows no Danish rule text on any screen', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
    await loadExample(page, 0);
    await clockAt(page, '2026-03-04T12:00:00');
    await walkScreens(page, async (name, text) => {
      assert.deepEqual(offending(text, danish), [], `${name} in Norwegian shows Danish words`);
    });
    assert.deepEqual(errors, []);
  });
});
