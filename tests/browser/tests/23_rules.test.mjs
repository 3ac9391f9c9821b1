// Settings → Rules: every rule in plain words with its figures in force; a
// figure changed there changes the plan's violations at once, and a reset
// brings the default back. Beside the other country: its rule under each rule,
// and the rules only it has listed below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, documentJson, fill, frames, locate, locateAll, reveal, screenshot, settle, until, untilDocument,
  openFixture, withPage } from '../lib.mjs';

test('a rule parameter changed in Settings → Rules shows in the plan at once and resets to the default', async () => {
  await withPage({}, async ({ page, errors }) => {
    await openFixture(page, 0);
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.rules');
    await click(page, 'rules.rule.short_shift');
    assert.equal((await locate(page, 'rules.count.short_shift')).text, '0');
    assert.match((await locate(page, 'rules.explanation.short_shift')).text, /2 timer/);
    assert.equal((await locate(page, 'rules.param.short_shift_hours.default')).text, 'default');

    // Shifts shorter than 8 hours are now short: warnings appear, the explanation says 8.
    await fill(page, 'rules.param.short_shift_hours', '8');
    await page.keyboard.press('Tab');
    await untilDocument(page, (d) => d.arrangement.rules?.short_shift_hours === 8, 'the override stored');
    const s = await until(page, (s) => s.violations.some((v) => v.rule === 'short_shift'), 'short-shift warnings');
    const n = s.violations.filter((v) => v.rule === 'short_shift').length;
    assert.equal((await locate(page, 'rules.count.short_shift')).text, String(n));
    assert.match((await locate(page, 'rules.explanation.short_shift')).text, /8 timer/);
    assert.equal((await locate(page, 'rules.param.short_shift_hours.default')).text, 'changed');

    // Out of range is refused and nothing changes.
    await fill(page, 'rules.param.short_shift_hours', '-3');
    await page.keyboard.press('Tab');
    await settle(page);
    assert.equal((await documentJson(page)).arrangement.rules.short_shift_hours, 8);

    // Norway and Denmark side by side: beside each rule the Danish one, and below
    // the list the rules only Denmark has.
    await click(page, 'rules.rule.daily_rest');
    assert.deepEqual(await locateAll(page, ['rules.other.daily_rest', 'rules.only_there']), [null, null]);
    await click(page, 'rules.compare');
    assert.match((await locate(page, 'rules.other.daily_rest')).text, /^I Danmark: .*11 timer/);
    assert.match((await locate(page, 'rules.other.short_shift')).text, /^I Danmark: /);
    {  // at 1280×800 the Danish rule stands beside the Norwegian one, in a column of its own
      const [here, there] = await locateAll(page, ['rules.explanation.daily_rest', 'rules.other.daily_rest']);
      assert.ok(there.x >= here.x + here.w && Math.abs(there.y - here.y) < here.h + 40, JSON.stringify([here, there]));
    }
    const only = await locateAll(page, ['rules.only_there.average_weekly_hours', 'rules.only_there.shift_24h',
                                        'rules.only_there.under_18', 'rules.only_there.daily_rest']);
    assert.ok(only.slice(0, 3).every((r) => r && r.text.length > 20), JSON.stringify(only));
    assert.equal(only[3], null, 'a rule both countries have is not listed as only Danish');
    assert.match(only[1].text, /24/);
    await screenshot(page, '23-rules-compare-nb');
    await reveal(page, 'rules.only_there.under_18');
    await screenshot(page, '23-rules-only-dk-nb');

    await click(page, 'rules.param.short_shift_hours.reset');
    await untilDocument(page, (d) => d.arrangement.rules?.short_shift_hours === undefined, 'the override removed');
    await until(page, (s) => !s.violations.some((v) => v.rule === 'short_shift'), 'the warnings gone');
    assert.deepEqual(errors, []);
  });
});

test('the rules screen at 150 % text in Danish and on a tablet', async () => {
  for (const layout of [{ name: '1280x720-150-da', viewport: { width: 1280, height: 720 }, size: true },
                        { name: '820x1180-touch-da', viewport: { width: 820, height: 1180 }, hasTouch: true }]) {
    await withPage({ viewport: layout.viewport, hasTouch: !!layout.hasTouch }, async ({ page, errors }) => {
      await openFixture(page, 1);
      await click(page, 'top.language');
      await click(page, 'top.language.da');
      await until(page, (s) => s.language === 'da', 'Danish');
      await click(page, 'nav.settings');
      if (layout.size) {
        await click(page, 'settings.tab.display');
        await click(page, 'settings.size150');
        await frames(page, 3);
      }
      await click(page, 'settings.tab.rules');
      await click(page, 'rules.rule.daily_rest');
      assert.match((await locate(page, 'rules.explanation.daily_rest')).text, /timer/);
      await screenshot(page, `23-rules-${layout.name}`);
      // Beside Norway: the Norwegian rule beside or under the Danish one, and the rules only Norway has.
      await click(page, 'rules.compare');
      assert.match((await locate(page, 'rules.other.daily_rest')).text, /^I Norge: /);
      {  // where two columns do not fit, the Norwegian rule comes under the Danish one
        const [here, there] = await locateAll(page, ['rules.explanation.daily_rest', 'rules.other.daily_rest']);
        if (layout.hasTouch) assert.ok(there.y > here.y + here.h - 1 && there.x < here.x + 10, JSON.stringify([here, there]));
        else assert.ok(there.x >= here.x + here.w || there.y >= here.y + here.h - 1, JSON.stringify([here, there]));
      }
      await screenshot(page, `23-rules-compare-${layout.name}`);
      const r = await reveal(page, 'rules.only_there.sunday_rest');
      assert.ok(r.x >= 0 && r.x + r.w <= layout.viewport.width + 1, 'the list fits the width');
      assert.equal((await locateAll(page, ['rules.only_there.shift_24h']))[0], null);
      await screenshot(page, `23-rules-only-no-${layout.name}`);
      assert.deepEqual(errors, []);
    });
  }
});
