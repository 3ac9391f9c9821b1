import fs from 'node:fs';
import { startServer, open, ready, click, locate, settle } from './lib.mjs';
const yearText = fs.readFileSync('/work/main/build/bench-year.json', 'utf8');
const empty = JSON.parse(yearText);
for (const k of ['shifts', 'absences', 'timesheets', 'holiday_plans']) if (Array.isArray(empty[k])) empty[k] = [];
const srv = await startServer();
const out = {};
for (const [name, text] of [['empty', JSON.stringify(empty)], ['year', yearText]]) {
  const { context, page } = await open();
  await page.goto(srv.url); await ready(page);
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer(); dt.items.add(new File([t], n, { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name + '.json', text]);
  await page.waitForFunction(() => JSON.parse(Module.ccall('bpa_test_state', 'string', [], [])).open_id !== '', null, { timeout: 120000 });
  await click(page, 'nav.plan'); await locate(page, 'plan.grid', 60000);
  await page.waitForTimeout(7000); await settle(page, 60000);
  await page.evaluate(() => { Module._bpa_test_hooks(0); Module.bpa.setContinuous(true); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start'); await page.waitForTimeout(5000);
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync(`/tmp/exp/${name}.cpuprofile`, JSON.stringify(profile));
  await context.close();
}
await srv.close(); process.exit(0);
