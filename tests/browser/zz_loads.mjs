import * as lib from './lib.mjs';
import { chromium } from 'playwright-core';
const mode = process.argv[2];
const N = 12;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: lib.chromiumArgs });
let ctx = null, page = null;
const t0 = performance.now();
for (let i = 0; i < N; ++i) {
  const srv = await lib.startServer();
  if (mode === 'context' || !ctx) { ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } }); }
  if (mode !== 'samepage' || !page) page = await ctx.newPage();
  await page.goto(srv.url);
  await lib.ready(page);
  await lib.click(page, 'nav.settings');
  if (mode === 'context') { await ctx.close(); ctx = null; page = null; }
  else if (mode === 'page') { await page.close(); page = null; }
  await srv.close();
}
console.log(mode, 'per load ms', ((performance.now() - t0) / N).toFixed(0));
await browser.close();
