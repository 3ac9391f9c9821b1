// The saved page: one file that works from file://, IndexedDB included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { open, ready, state, documentJson, click, saved, screenshot, until, dist, openFixture } from '../lib.mjs';

test('the single-file page opened from file:// shows the UI and keeps data', async () => {
  const { context, page, errors } = await open();
  const url = pathToFileURL(path.join(dist, 'bpa-arbeidsleder.html')).href;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(url);
    await ready(page);
    await openFixture(page, 1);
    await saved(page);
    await screenshot(page, '04-single-file');
    await page.reload();
    await ready(page);
    const doc = await documentJson(page);
    assert.equal(doc.arrangement.jurisdiction, 'DK');
    assert.deepEqual(errors, []);
    assert.ok(requests.every((u) => u.startsWith('file://') || u.startsWith('data:')), requests.join('\n'));
  } finally {
    await context.close();
  }
});
