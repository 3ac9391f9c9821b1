// A screen reader can use the page, and every flow works by keyboard alone.
// The canvas is invisible to assistive technology; the page keeps an accessible
// mirror of it (src/ui/a11y.h, web/bpa_a11y.js). These tests drive the page only
// through that tree: roles and names (Playwright's getByRole), activation as a
// screen reader does it (a click event on the node, no coordinates), values typed
// into its fields, and then by the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockAt, documentJson, screenshot, settle, useLayout, withPage } from '../lib.mjs';

// A screen reader's activation: the node's click, not a mouse at a position.
async function act(page, locator) {
  await locator.dispatchEvent('click');
  await settle(page);
}

// What the live region says once it says something matching `pattern` (or, after
// 5 s, what it says then): the page empties the region and fills it 50 ms later,
// so that a screen reader says a repeated message again.
async function said(page, pattern) {
  await page.waitForFunction(([source, flags]) => new RegExp(source, flags).test(document.getElementById('bpa-a11y-live').textContent),
                             [pattern.source, pattern.flags], { timeout: 5000 }).catch(() => {});
  return page.locator('#bpa-a11y-live').textContent();
}

// Chooses `option` in the combobox named `name`.
async function choose(page, name, option) {
  await act(page, page.getByRole('combobox', { name }));
  await act(page, page.getByRole('option', { name: option, exact: true }));
}

// Types into the field named `name` as a screen reader user does: focus, replace.
async function type(page, name, text) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.focus();
  await settle(page);
  await field.fill(text);
  await settle(page);
  assert.equal(await field.inputValue(), text, `the field ${name} shows what was typed`);
}

// The page's clock: a Wednesday afternoon, so that Monday's shift has ended and can be confirmed.
const now = '2026-11-18T15:00:00';
const today = () => ({ nb: '18.11.2026', iso: '2026-11-18' });
const monday = { nb: '16.11.2026', iso: '2026-11-16' };

// The accessible name and role of the element with the DOM focus.
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || !el.closest('#bpa-a11y')) return { name: '', role: '', where: el ? el.tagName : '' };
    const role = el.getAttribute('role') || (el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase());
    return { name: el.getAttribute('aria-label') || el.textContent || '', role };
  });
}

// Presses Tab (or Shift+Tab) until the focus is on a node whose name matches.
async function tabTo(page, name, { back = false, most = 120 } = {}) {
  const seen = [];
  for (let i = 0; i < most; ++i) {
    const f = await focused(page);
    if (name.test(f.name)) return f;
    seen.push(f.name || `(${f.role})`);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await settle(page);
  }
  await screenshot(page, '30-a11y-tab-missed');
  throw new Error(`Tab never reached ${name}; passed: ${seen.slice(-25).join(' | ')}`);
}

test('with a screen reader: load an example, add an assistant, a shift and an absence, confirm a week', async () => {
  await withPage({}, async ({ page, errors }) => {
    await clockAt(page, now);
    const app = page.locator('#bpa-a11y');
    // The start screen in the tree: headings, the name field, the examples.
    await page.getByRole('heading', { name: 'Velkommen' }).waitFor();
    assert.ok(await page.getByRole('textbox', { name: 'Navn på ordningen' }).count() === 1);
    assert.ok(await page.getByRole('button', { name: 'Opprett ordning' }).isDisabled() ||
              (await page.getByRole('button', { name: 'Opprett ordning' }).getAttribute('aria-disabled')) === 'true',
              'creating is disabled until there is a name');
    await act(page, page.getByRole('button', { name: /^Norsk eksempel/ }));
    await assert.doesNotReject(page.getByRole('combobox', { name: 'Ordning' }).filter({ hasText: 'Eksempelordning' }).waitFor());
    assert.match(await said(page, /lagt til/), /lagt til/, 'the live region said the example was added');

    // An assistant: added, then named in the field that appears.
    await act(page, page.getByRole('option', { name: 'Assistenter' }));
    await page.getByRole('heading', { name: 'Assistenter' }).waitFor();
    const before = (await documentJson(page)).assistants.length;
    await act(page, page.getByRole('button', { name: 'Legg til assistent' }));
    await type(page, 'Navn', 'Tone Blindheim');
    await type(page, 'Ansatt fra', '01.11.2026');
    let doc = await documentJson(page);
    assert.equal(doc.assistants.length, before + 1);
    assert.ok(doc.assistants.some((a) => a.name === 'Tone Blindheim' && a.employed_from === '2026-11-01'),
              'the name and the date typed in the tree are in the document');
    await page.getByRole('cell', { name: 'Tone Blindheim' }).first().waitFor({ state: 'attached' });

    // A shift for her on Monday of this week, through the new-shift form.
    await act(page, page.getByRole('option', { name: 'Arbeidsplan' }));
    await act(page, page.getByRole('button', { name: 'I dag' }));
    await choose(page, 'Assistent', 'Tone Blindheim');
    await type(page, 'Dato', monday.nb);
    await type(page, 'Fra', '09:00');
    await type(page, 'Til', '13:00');
    const shiftsBefore = (await documentJson(page)).shifts.length;
    await act(page, page.getByRole('button', { name: 'Legg til vakt' }));
    doc = await documentJson(page);
    assert.equal(doc.shifts.length, shiftsBefore + 1);
    const tone = doc.assistants.find((a) => a.name === 'Tone Blindheim');
    const added = doc.shifts.find((s) => s.assistant === tone.id);
    assert.equal(added.start, `${monday.iso}T09:00`);
    assert.equal(added.end, `${monday.iso}T13:00`);
    // The shift is a node of the plan, named with who, when and the hours; choosing it selects it.
    const shift = page.getByRole('button', { name: new RegExp(`^Vakt: Tone Blindheim, mandag ${monday.nb.replace(/\./g, '\\.')}, 09:00–13:00`) });
    await shift.waitFor();
    await act(page, shift);
    assert.equal(await shift.getAttribute('aria-pressed'), 'true', 'the chosen shift says it is chosen');

    // An absence: the type chosen in its list, the dates typed, registered.
    await act(page, page.getByRole('option', { name: 'Fravær og ferie' }));
    await choose(page, 'Type fravær', 'Egenmelding');
    await type(page, 'Fra', today().nb);
    await type(page, 'til og med', today().nb);
    const absencesBefore = (await documentJson(page)).absences.length;
    await act(page, page.getByRole('button', { name: 'Registrer', exact: true }));
    doc = await documentJson(page);
    assert.equal(doc.absences.length, absencesBefore + 1);
    assert.equal(doc.absences.at(-1).type, 'egenmelding');
    assert.equal(doc.absences.at(-1).from, today().iso);

    // A week confirmed on the timesheet: the first week that has planned shifts.
    await act(page, page.getByRole('option', { name: 'Timer', exact: true }));
    const worked = (d) => d.shifts.filter((s) => s.status === 'worked').length;
    const confirms = page.getByRole('button', { name: /^Bekreft uke \d+$/ });
    let confirmed = null;
    for (let i = 0, n = await confirms.count(); i < n && !confirmed; ++i) {
      const button = confirms.nth(i);
      const week = (await button.textContent()).match(/\d+/)[0];
      const workedBefore = worked(await documentJson(page));
      await act(page, button);
      if (worked(await documentJson(page)) > workedBefore) confirmed = week;
    }
    assert.ok(confirmed, 'a week with planned shifts was confirmed and its shifts marked worked');
    const weekSaid = new RegExp(`[Uu]ke ${confirmed}`);
    assert.match(await said(page, weekSaid), weekSaid, 'the live region said what was confirmed');
    await screenshot(page, '30-a11y-timesheet');
    assert.deepEqual(errors, []);
    void app;
  });
});

test('by keyboard alone: Tab reaches every kind of widget, Enter and Space act, Esc closes', async () => {
  await withPage({}, async ({ page, errors }) => {
    await clockAt(page, now);
    await page.focus('#canvas');
    await tabTo(page, /^Norsk eksempel/);
    await page.keyboard.press('Enter');
    await settle(page);
    await page.getByRole('combobox', { name: 'Ordning' }).filter({ hasText: 'Eksempelordning' }).waitFor();

    // Shift+Tab goes back the same way.
    const a = await tabTo(page, /^Assistenter$/);
    assert.equal(a.role, 'option');
    await page.keyboard.press('Tab');
    await settle(page);
    const next = await focused(page);
    await page.keyboard.press('Shift+Tab');
    await settle(page);
    assert.equal((await focused(page)).name, 'Assistenter', `Shift+Tab from ${next.name} comes back`);
    await page.keyboard.press('Enter');
    await settle(page);
    await page.getByRole('heading', { name: 'Assistenter' }).waitFor();

    // A button by Space, then the field that appears by Tab, typed into.
    await tabTo(page, /^Legg til assistent$/);
    await page.keyboard.press('Space');
    await settle(page);
    const f = await tabTo(page, /^Navn$/);
    assert.equal(f.role, 'text');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Kari Tastatur', { delay: 20 });
    await settle(page);
    await page.keyboard.press('Tab');
    await settle(page);
    assert.ok((await documentJson(page)).assistants.some((x) => x.name === 'Kari Tastatur'));

    // A combobox opens with Enter, the arrows move in its list, Esc closes it.
    await tabTo(page, /^Arbeidsplan$/, { back: true });
    await page.keyboard.press('Enter');
    await settle(page);
    const combo = await tabTo(page, /^Assistent$/);
    assert.equal(combo.role, 'combobox');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(await page.getByRole('combobox', { name: 'Assistent' }).getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    await settle(page);
    assert.equal((await focused(page)).role, 'option', 'the arrows move inside the open list');
    await page.keyboard.press('Escape');
    await settle(page);
    assert.equal(await page.getByRole('combobox', { name: 'Assistent' }).getAttribute('aria-expanded'), 'false');

    // A shift today (the week of today first: she is employed from today), the assistant
    // chosen with Enter and the arrows, the date and times typed, added with Enter.
    await tabTo(page, /^I dag$/, { back: true });
    await page.keyboard.press('Enter');
    await settle(page);
    await tabTo(page, /^Assistent$/);
    await page.keyboard.press('Enter');
    await settle(page);
    for (let i = 0; i < 12 && (await focused(page)).name !== 'Kari Tastatur'; ++i) {
      await page.keyboard.press('ArrowDown');
      await settle(page);
    }
    assert.equal((await focused(page)).name, 'Kari Tastatur');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.match(await page.getByRole('combobox', { name: 'Assistent' }).textContent(), /Kari Tastatur/);
    for (const [field, text] of [[/^Dato$/, today().nb], [/^Fra$/, '09:00'], [/^Til$/, '13:00']]) {
      await tabTo(page, field);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text, { delay: 20 });
      await settle(page);
    }
    // Tab from the last time field goes on to the add button below it, and Enter presses it.
    await page.keyboard.press('Tab');
    await settle(page);
    const add = await focused(page);
    assert.deepEqual([add.name, add.role], ['Legg til vakt', 'button'], 'Tab from "Til" reaches the add button');
    await page.keyboard.press('Enter');
    await settle(page);
    let doc = await documentJson(page);
    const kari = doc.assistants.find((x) => x.name === 'Kari Tastatur');
    assert.ok(doc.shifts.some((x) => x.assistant === kari.id && x.start === `${today().iso}T09:00` && x.end === `${today().iso}T13:00`),
              'the shift typed by keyboard is in the plan');

    // An absence registered, and a week confirmed, by keyboard.
    await tabTo(page, /^Fravær og ferie$/, { back: true });
    await page.keyboard.press('Enter');
    await settle(page);
    const absences = doc.absences.length;
    await tabTo(page, /^Registrer$/);
    await page.keyboard.press('Enter');
    await settle(page);
    doc = await documentJson(page);
    assert.equal(doc.absences.length, absences + 1, 'the absence registered by keyboard');
    await tabTo(page, /^Timer$/, { back: true });
    await page.keyboard.press('Enter');
    await settle(page);
    await tabTo(page, /^Bekreft uke \d+$/);
    await page.keyboard.press('Enter');
    await settle(page);
    assert.match(await said(page, /[Uu]ke \d+/), /[Uu]ke \d+/, 'confirming a week is said');

    // The focus ring is drawn where the focus is: in high contrast at 150 % text, and on a tablet.
    await useLayout(page, { size150: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await settle(page);
    await tabTo(page, /^Høy kontrast$/);
    await page.keyboard.press('Space');
    await settle(page);
    await tabTo(page, /^Arbeidsplan$/);
    await page.keyboard.press('Enter');
    await settle(page);
    const field = await tabTo(page, /^Til$/);
    assert.equal(field.role, 'text');
    await screenshot(page, '30-a11y-focus-150');
    assert.deepEqual(errors, []);
  });
});

// Presses Tab round the whole ring once from the canvas; asserts that the focus
// stopped on every button the tree has (not disabled), each time on a node.
async function tabStopsOnEveryButton(page, screen) {
  const buttons = await page.evaluate(() => [...document.querySelectorAll('#bpa-a11y button')]
    .filter((b) => b.getAttribute('aria-disabled') !== 'true').map((b) => [b.bpaKey, b.textContent]));
  await page.focus('#canvas');
  const stops = [];
  for (let i = 0; i < 400; ++i) {
    await page.keyboard.press('Tab');
    await settle(page);
    const key = await page.evaluate(() => document.activeElement.bpaKey || 0);
    if (stops.length > 0 && key === stops[0]) break;
    stops.push(key);
  }
  const missed = buttons.filter(([key]) => !stops.includes(key)).map(([, name]) => name);
  assert.deepEqual(missed, [], `${screen}: Tab stops on every button (${stops.length} stops)`);
  assert.ok(!stops.includes(0), `${screen}: every stop has a node of the tree with the focus`);
  return buttons;
}

test('by keyboard alone: Tab stops on every button, text fields among them: the work plan with the example year, the backup settings', async () => {
  await withPage({}, async ({ page, errors }) => {
    await clockAt(page, now);
    await act(page, page.getByRole('button', { name: /^Norsk eksempel/ }));
    await act(page, page.getByRole('option', { name: 'Arbeidsplan' }));
    await act(page, page.getByRole('button', { name: 'I dag' }));
    const plan = await tabStopsOnEveryButton(page, 'Arbeidsplan');
    assert.ok(plan.length > 20, `the plan has its buttons: ${plan.length}`);
    assert.ok(plan.some(([, name]) => name === 'Legg til vakt'));
    await act(page, page.getByRole('option', { name: 'Innstillinger' }));
    await act(page, page.getByRole('tab', { name: 'Data' }));
    const data = await tabStopsOnEveryButton(page, 'Innstillinger, Data');
    assert.ok(data.some(([, name]) => / \+1$/.test(name)) && data.some(([, name]) => / \u22121$/.test(name)),
              'the number field\'s "-" and "+" are buttons named after the field and their step');
    assert.deepEqual(errors, []);
  });
});

test('the tree follows the language: Danish names and a Danish live region', async () => {
  await withPage({ locale: 'da-DK' }, async ({ page, errors }) => {
    await act(page, page.getByRole('button', { name: /^Dansk eksempel/ }));
    await act(page, page.getByRole('option', { name: 'Vagtplan' }));
    await page.getByRole('heading', { name: 'Vagtplan' }).waitFor();
    assert.ok(await page.getByRole('button', { name: /^Vagt: / }).count() >= 0);
    await act(page, page.getByRole('option', { name: 'Indstillinger' }));
    await act(page, page.getByRole('tab', { name: 'Visning' }));
    await page.getByRole('heading', { name: 'Tastatur' }).waitFor();
    await page.getByRole('columnheader', { name: 'Tast' }).waitFor({ state: 'attached' });
    await page.getByRole('cell', { name: 'Til næste knap eller felt' }).waitFor({ state: 'attached' });
    const hc = page.getByRole('checkbox', { name: /kontrast/i });
    const was = await hc.isChecked();
    await act(page, hc);
    assert.equal(await hc.isChecked(), !was, 'the checkbox in the tree follows the setting');
    await screenshot(page, '30-a11y-danish-contrast');
    assert.deepEqual(errors, []);
  });
});
