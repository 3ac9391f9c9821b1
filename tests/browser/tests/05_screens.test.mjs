// Every screen of the roadmap is reachable; languages, text size, high contrast
// and high-DPI rendering. The screenshots are kept in tests/browser/output/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ready, settle, state, click, screenshot, until, openFixture, withPage } from '../lib.mjs';

const screens = ['nav.overview', 'nav.assistants', 'nav.plan', 'nav.hours', 'nav.absence', 'nav.people', 'nav.year', 'nav.settings'];

test('every screen opens, in Norwegian, Danish and English', async () => {
  await withPage({}, async ({ context, page, errors }) => {
    await openFixture(page, 0);
    const names = [];
    for (const id of screens) {
      await click(page, id);
      names.push((await state(page)).screen);
      await screenshot(page, `05-nb-${id.replace('nav.', '')}`);
    }
    assert.deepEqual(names, ['Oversikt', 'Assistenter', 'Arbeidsplan', 'Timer', 'Fravær og ferie', 'Personal', 'Årshjul', 'Innstillinger']);
    await click(page, 'nav.settings');
    await click(page, 'top.language');
    await click(page, 'top.language.da');
    let s = await until(page, (s) => s.language === 'da', 'Danish');
    assert.equal(s.screen, 'Indstillinger');
    await click(page, 'nav.overview');
    await screenshot(page, '05-da-overview');
    assert.equal((await state(page)).screen, 'Overblik');
    assert.deepEqual(errors, []);
  });
});

test('200 % text, high contrast and a high-DPI screen render and persist', async () => {
  await withPage({ deviceScaleFactor: 2 }, async ({ context, page }) => {
    await openFixture(page, 1);
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.display');
    await click(page, 'settings.high_contrast');
    await click(page, 'settings.size200');
    await settle(page);
    await screenshot(page, '05-contrast-200-dpr2');
    const canvas = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.clientWidth]; });
    assert.equal(canvas[0], canvas[1] * 2, 'the canvas has device pixels');
    await page.waitForFunction(() => {
      const s = JSON.parse(Module.bpa.settings.get('settings') || '{}');
      return s.high_contrast === true && s.text_scale === 2;
    });
    await page.evaluate(() => Module.bpa.whenSaved());
    await page.reload();
    await ready(page);
    const settings = await page.evaluate(() => JSON.parse(Module.bpa.settings.get('settings')));
    assert.equal(settings.high_contrast, true);
    assert.equal(settings.text_scale, 2);
  });
});

// Every screen at 200 % text in each language, for a person to look at: each
// screen's navigation entry stays inside the window and nothing fails.
for (const lang of ['nb', 'da', 'en']) {
  test(`every screen at 200 % text in ${lang}`, async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async ({ page, errors }) => {
      await openFixture(page, lang === 'da' ? 1 : 0);
      if (lang !== 'nb') {
        await click(page, 'top.language');
        await click(page, `top.language.${lang}`);
        await until(page, (s) => s.language === lang, lang);
      }
      await click(page, 'nav.settings');
      await click(page, 'settings.tab.display');
      await click(page, 'settings.size200');
      await settle(page);
      for (const id of screens) {
        await click(page, id);
        await screenshot(page, `05-200-${lang}-${id.replace('nav.', '')}`);
      }
      assert.deepEqual(errors, []);
    });
  });
}
