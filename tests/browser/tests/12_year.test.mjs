// Årshjul: tick a deadline done and find it kept after a reload; download the
// calendar (.ics) twice and check it as a calendar program reads it; the
// screen at 1280×800, at 1280×720 with 150 % text and on a touch tablet; the
// two print pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ready, state, click, locate, saved, screenshot, until, untilDocument, openFixture, withPage, outputDir } from '../lib.mjs';

async function openYear(page) {
  await click(page, 'nav.year');
  await until(page, (s) => s.screen === 'Årshjul', 'the Årshjul screen');
  await locate(page, 'year.band');
}

async function downloadIcs(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'year.ics')]);
  const bytes = fs.readFileSync(await download.path());
  return { name: download.suggestedFilename(), text: bytes.toString('utf8') };
}

// The calendar's events as {uid, summary, start}, after unfolding (RFC 5545 3.1).
function events(text) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out = [];
  let cur = null;
  for (const l of lines) {
    if (l === 'BEGIN:VEVENT') cur = {};
    else if (l === 'END:VEVENT') { out.push(cur); cur = null; }
    else if (cur && l.startsWith('UID:')) cur.uid = l.slice(4);
    else if (cur && l.startsWith('SUMMARY:')) cur.summary = l.slice(8);
    else if (cur && l.startsWith('DTSTART;VALUE=DATE:')) cur.start = l.slice(19);
  }
  return out;
}

test('tick a deadline done, keep it after reload, and download the calendar with stable UIDs', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    // The overview lists the deadlines: overdue first, then the next 30 days.
    await locate(page, 'overview.to_year');
    await screenshot(page, '12-overview-1280x800');

    await openYear(page);
    const year = (await locate(page, 'year.year')).text;
    const count = Number((await locate(page, 'year.summary')).text);
    assert.ok(count >= 6, `the wheel's own deadlines at least: ${count}`);
    const [key, status] = (await locate(page, 'year.done.0')).text.split('|');
    assert.equal(status, 'open');
    await click(page, 'year.done.0');
    await untilDocument(page, (d) => (d.deadlines_done || []).some((e) => e.key === key && /^\d{4}-\d{2}-\d{2}$/.test(e.done_on)),
      'the tick kept in the file');
    assert.equal((await locate(page, 'year.done.0')).text, `${key}|done`);
    await saved(page);
    await screenshot(page, '12-year-1280x800');

    await page.reload();
    await ready(page);
    await openYear(page);
    assert.equal((await locate(page, 'year.done.0')).text, `${key}|done`, 'still done after the reload');

    // The calendar, twice.
    const first = await downloadIcs(page);
    await page.waitForTimeout(1100);
    const second = await downloadIcs(page);
    assert.match(first.name, new RegExp(`^Eksempelordning.*-frister-${year}\\.ics$`));
    for (const { text } of [first, second]) {
      assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'), 'starts with BEGIN:VCALENDAR');
      assert.ok(text.endsWith('END:VCALENDAR\r\n'));
      assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
      assert.match(text, /\r\nVERSION:2\.0\r\n/);
      assert.match(text, /\r\nPRODID:/);
      for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
    }
    const a = events(first.text), b = events(second.text);
    assert.equal(a.length, count, 'one VEVENT per deadline of the year');
    assert.equal(new Set(a.map((e) => e.uid)).size, a.length, 'UIDs are unique');
    assert.deepEqual(b.map((e) => e.uid), a.map((e) => e.uid), 'the same UIDs in the second download');
    assert.ok(a.every((e) => e.start.startsWith(year)));
    fs.writeFileSync(`${outputDir}/12-year.ics`, first.text);

    // The overview leads to the year, and a deadline to where it is dealt with.
    await click(page, 'nav.overview');
    await click(page, 'overview.to_year');
    await until(page, (s) => s.screen === 'Årshjul', 'the Årshjul screen from the overview');
    const go = await locate(page, 'year.go.0');
    const names = { plan: 'Arbeidsplan', hours: 'Timer', absence: 'Fravær og ferie', people: 'Personal',
                    assistants: 'Assistenter', arrangement: 'Innstillinger' };
    await click(page, 'year.go.0');
    await until(page, (s) => s.screen === names[go.text], `the screen of ${go.text}`);
    assert.deepEqual(errors, []);
  });
});

test('the year at 150 % text on 1280×720, and the print pages', async () => {
  await withPage({ viewport: { width: 1280, height: 720 } }, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.display');
    await click(page, 'settings.size150');
    await page.waitForTimeout(300);
    await click(page, 'nav.overview');
    await page.waitForTimeout(300);
    await screenshot(page, '12-overview-1280x720-150');
    await openYear(page);
    await page.waitForTimeout(300);
    await screenshot(page, '12-year-1280x720-150');
    // The tools and the band lie inside the window.
    for (const id of ['year.ics', 'year.print', 'year.print_bank', 'year.band', 'year.done.0', 'year.go.0']) {
      const r = await locate(page, id);
      assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= 1280 && r.y + r.h <= 720, `${id} is on screen: ${JSON.stringify(r)}`);
    }

    await page.evaluate(() => { Module.bpa.noPrintDialog = true; });
    let [popup] = await Promise.all([context.waitForEvent('page'), click(page, 'year.print')]);
    await popup.waitForLoadState();
    assert.equal(await popup.locator('.months section').count(), 12);
    assert.match(await popup.locator('body').innerText(), /Årshjul/);
    await popup.screenshot({ path: `${outputDir}/12-print-year.png`, fullPage: true });
    await popup.close();

    [popup] = await Promise.all([context.waitForEvent('page'), click(page, 'year.print_bank')]);
    await popup.waitForLoadState();
    const text = await popup.locator('body').innerText();
    assert.match(text, /Timevedtak pr\. uke/);
    assert.match(text, /Oppsparte timer totalt/);
    assert.ok(await popup.locator('tbody tr').count() >= 53);
    await popup.screenshot({ path: `${outputDir}/12-print-hours-bank.png`, fullPage: true });
    await popup.close();
    assert.deepEqual(errors, []);
  });
});

test('the year on a 820×1180 touch tablet: a tap ticks a deadline', async () => {
  await withPage({ viewport: { width: 820, height: 1180 }, hasTouch: true }, async ({ page, errors }) => {
    await openFixture(page, 1);
    await openYear(page);
    await page.waitForTimeout(300);
    const r = await locate(page, 'year.done.1');
    const [key] = r.text.split('|');
    await page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
    await untilDocument(page, (d) => (d.deadlines_done || []).some((e) => e.key === key), 'the tapped tick');
    await page.waitForTimeout(300);
    await screenshot(page, '12-year-820x1180-touch');
    for (const id of ['year.ics', 'year.print', 'year.print_bank', 'year.band']) {
      const b = await locate(page, id);
      assert.ok(b.x + b.w <= 820, `${id} fits the width: ${JSON.stringify(b)}`);
    }
    assert.deepEqual(errors, []);
  });
});
