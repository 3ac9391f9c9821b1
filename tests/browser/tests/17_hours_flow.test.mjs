// The hours flow as a person expects it, on a fixed clock: only shifts that
// have ended are confirmed (and the page says what it skipped), approving
// before the period ends asks why, the payroll file holds exactly the confirmed
// hours of the assistant chosen and the page says so, the hours account opens
// at this week with unconfirmed hours shown as such, and the print asks for a
// missing leader's name. A name that reads as a formula goes into the
// payroll file as text, under a safe file name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { documentJson, click, fill, locate, outputDir, screenshot, settle, state, until, untilDocument, openFixture,
         withPage, clockAt, drawn } from '../lib.mjs';

// Scrolls the screen's content with the mouse wheel until the widget is drawn inside the window.
async function scrollTo(page, id) {
  for (let i = 0; i < 30; ++i) {
    const r = await drawn(page, id);
    if (r && r.y > 60 && r.y + r.h < 780) return r;
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 200);
  }
  throw new Error(`could not scroll to ${id}`);
}

const statusOf = (doc, id) => doc.shifts.find((s) => s.id === id).status;

// The rows of a CSV file as a spreadsheet reads them: fields split at ';',
// a quoted field may hold ';' and doubled quotes, rows end with CR LF.
function csvRows(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ';') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; ++i; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('confirming a week confirms what has ended, a shift still to come cannot be confirmed, early approval asks why', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);
    await clockAt(page, '2026-03-11T09:00:00');  // Wednesday of week 11, before Åse's morning shift ends
    await click(page, 'nav.hours');
    await click(page, 'hours.tab.timesheet');
    await click(page, 'hours.confirm_week.11');  // the period shown is March: the latest with shifts
    const doc = await untilDocument(page, (d) => statusOf(d, 's9') === 'worked', 'Monday confirmed');
    assert.equal(statusOf(doc, 's10'), 'worked');
    assert.equal(statusOf(doc, 's11'), 'planned', 'Wednesday 07:30-11:30 has not ended at 09:00');
    assert.equal(statusOf(doc, 's17'), 'planned');
    const notices = (await state(page)).notices;
    assert.ok(notices.some((n) => /Uke 11: 2 vakter bekreftet/.test(n) && /ikke er over ennå: 1 vakt\./.test(n)),
              JSON.stringify(notices));

    // The row button of a shift still to come is disabled: clicking it changes nothing.
    assert.equal((await locate(page, 'hours.confirm.s11')).text, 'disabled');
    await click(page, 'hours.confirm.s11');
    assert.equal(statusOf(await documentJson(page), 's11'), 'planned');
    await screenshot(page, '17-confirm-week-future');

    // Once it has ended, it can be confirmed.
    await clockAt(page, '2026-03-11T11:30:00');
    assert.equal((await locate(page, 'hours.confirm.s11')).text, 'enabled');
    await click(page, 'hours.confirm.s11');
    await untilDocument(page, (d) => statusOf(d, 's11') === 'worked', 's11 confirmed');

    // Approving on 11 March a period that runs to 31 March asks first, and keeps why.
    await click(page, 'hours.sign');
    await click(page, 'hours.approve');
    await locate(page, 'hours.approve_early.note');
    assert.equal((await locate(page, 'hours.status')).text, 'signed');
    await screenshot(page, '17-approve-early');
    await click(page, 'hours.approve_early.ok');  // no reason given: refused
    assert.equal((await locate(page, 'hours.status')).text, 'signed');
    await fill(page, 'hours.approve_early.note', 'Åse slutter 11. mars');
    await click(page, 'hours.approve_early.ok');
    const approved = await untilDocument(page, (d) => (d.timesheets || []).some((t) => t.status === 'approved'), 'approved');
    const step = approved.timesheets.find((t) => t.assistant === 'a1').history.at(-1);
    assert.equal(step.status, 'approved');
    assert.equal(step.note, 'Åse slutter 11. mars');
    assert.equal(step.before_period_end, true);
    assert.equal(await drawn(page, 'hours.approve_early.note'), null);
    assert.deepEqual(errors, []);
  });
});

test('the payroll file holds the confirmed hours of the assistant chosen, and the page says what it holds', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);
    await clockAt(page, '2026-04-15T12:00:00');
    await click(page, 'nav.hours');
    await click(page, 'hours.tab.timesheet');
    await click(page, 'hours.confirm_week.10');  // March, the latest period with shifts
    await untilDocument(page, (d) => statusOf(d, 's3') === 'worked', 'week 10 confirmed');

    const contents = (await locate(page, 'hours.csv_contents')).text;
    assert.equal(contents, 'Lønnsgrunnlag for Åse Bjørnstad, 01.03.2026 – 31.03.2026: 3 vakter, 12 t bekreftet arbeidet.');
    assert.match((await locate(page, 'hours.csv_left_out')).text, /^Ikke med: 7 vakter planlagt, men ikke bekreftet/);
    await screenshot(page, '17-payroll-contents');

    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'hours.csv')]);
    const file = path.join(outputDir, '17-' + download.suggestedFilename());
    await download.saveAs(file);
    const rows = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter((r) => r);
    // Her three confirmed mornings, and her two days of egenmelding as a word and no hours.
    assert.deepEqual(rows.slice(1), ['Åse Bjørnstad;2026-03-02;07:30;11:30;4,00;0,00;0,00;',
                                     'Åse Bjørnstad;2026-03-03;07:30;11:30;4,00;0,00;0,00;',
                                     'Åse Bjørnstad;2026-03-04;07:30;11:30;4,00;0,00;0,00;',
                                     'Åse Bjørnstad;2026-03-17;;;0,00;0,00;0,00;Egenmelding',
                                     'Åse Bjørnstad;2026-03-18;;;0,00;0,00;0,00;Egenmelding']);
    assert.ok((await state(page)).notices.some((n) => n.includes(contents)));

    // An assistant named like a spreadsheet formula: her cell is text (a leading
    // apostrophe), every row still has the file's 8 columns, and the file name
    // made from her name keeps only safe characters.
    const formula = '=HYPERLINK("http://x","y")';
    await click(page, 'nav.assistants');
    await click(page, 'assistants.row.a1');
    await fill(page, 'assistant.name', formula);
    await page.keyboard.press('Tab');
    await untilDocument(page, (d) => d.assistants[0].name === formula, 'the formula-like name');
    await click(page, 'nav.hours');
    await click(page, 'hours.tab.timesheet');
    const [formulaDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'hours.csv')]);
    assert.match(formulaDownload.suggestedFilename(), /^Eksempelordning-.*Kari-Nordmann-timer-HYPERLINK-http-x-y-2026-03-01\.csv$/);
    assert.doesNotMatch(formulaDownload.suggestedFilename(), /[=()"/\\:*?<>|,\s]/);
    const formulaFile = path.join(outputDir, '17-formula-' + formulaDownload.suggestedFilename());
    await formulaDownload.saveAs(formulaFile);
    const table = csvRows(fs.readFileSync(formulaFile, 'utf8').replace(/^\uFEFF/, ''));
    assert.equal(table.length, 6);
    for (const r of table) assert.equal(r.length, 8, JSON.stringify(r));
    assert.deepEqual(table.slice(1).map((r) => r[0]), Array(5).fill("'" + formula));
    assert.deepEqual(table[1].slice(1), ['2026-03-02', '07:30', '11:30', '4,00', '0,00', '0,00', '']);

    // All assistants: the others' planned shifts are still not in it.
    await click(page, 'hours.csv_all');
    assert.match((await locate(page, 'hours.csv_contents')).text, /^Lønnsgrunnlag for alle assistenter \(4\), .*: 3 vakter, 12 t/);
    assert.deepEqual(errors, []);
  });
});

test('the hours account opens at this week and shows planned past hours that nobody confirmed', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);
    await clockAt(page, '2026-06-17T12:00:00');
    await click(page, 'nav.hours');
    await click(page, 'hours.tab.account');
    const week = await locate(page, 'account.used.2026-06-15');
    const table = await locate(page, 'account.chart');
    assert.ok(week.y > table.y && week.y + week.h < 800, 'the row of this week is on screen below the chart');
    assert.equal(await drawn(page, 'account.used.2026-01-05'), null, 'week 2 is scrolled away');
    // March's 32 planned shifts, 132 h, were never confirmed.
    assert.match((await locate(page, 'account.summary')).text, /Arbeidet \(bekreftet\): 0 t\. Planlagt, ikke bekreftet: 132 t\./);
    assert.match((await locate(page, 'account.unconfirmed')).text, /^132 t i planlagte vakter fram til i dag er ikke bekreftet/);
    await screenshot(page, '17-account-this-week');
    assert.deepEqual(errors, []);
  });
});

test('the timesheet print asks for a missing leader name and labels planned and worked times', async () => {
  await withPage({}, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.people');
    await scrollTo(page, 'leader.name');
    await fill(page, 'leader.name', '');
    await untilDocument(page, (d) => !d.arrangement.leader || !d.arrangement.leader.name, 'leader name removed');
    await click(page, 'nav.hours');
    await click(page, 'hours.tab.timesheet');
    await locate(page, 'hours.leader_missing');
    await screenshot(page, '17-leader-missing');
    await fill(page, 'hours.leader_name', 'Kari Nordmann');
    await click(page, 'hours.leader_save');
    await untilDocument(page, (d) => d.arrangement.leader && d.arrangement.leader.name === 'Kari Nordmann', 'leader saved');
    assert.equal(await drawn(page, 'hours.leader_missing'), null);

    await page.evaluate(() => { Module.bpa.noPrintDialog = true; });
    const [popup] = await Promise.all([context.waitForEvent('page'), click(page, 'hours.print')]);
    await popup.waitForLoadState();
    const head = await popup.locator('thead').innerText();
    assert.match(head, /Planlagt/);
    assert.match(head, /Arbeidet \(bekreftet\)/);
    assert.match(await popup.locator('.head').innerText(), /Arbeidsleder:\s*Kari Nordmann/);
    await popup.screenshot({ path: path.join(outputDir, '17-print-timesheet.png'), fullPage: true });
    assert.deepEqual(errors, []);
  });
});
