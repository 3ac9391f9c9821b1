import * as lib from './lib.mjs';
import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: lib.chromiumArgs });
for (let i = 0; i < 3; ++i) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  if (i === 2) await browser.startTracing(page, { path: '/tmp/exp/trace3.json', categories: ['toplevel', 'v8', 'blink', 'devtools.timeline', 'v8.wasm', 'loading'] });
  await page.goto('file://' + process.argv[2]);
  await page.waitForFunction(() => window.Module && Module.bpa && Module.bpa.firstFrameAt !== null);
  console.log('first frame', await page.evaluate(() => [Module.bpa.firstFrameAt, Module.bpa.startedAt]));
  if (i === 2) await browser.stopTracing();
  await ctx.close();
}
await browser.close();
