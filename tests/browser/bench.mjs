// Page benchmarks: print figures, assert nothing. Run with `node tests/browser/bench.mjs`
// after `scripts/build.sh web` (dist/) and the native bench (`build/bench-5mb.json`,
// written by `cmake --build build/native --target bench`; another file can be
// given as BPA_BENCH_FILE=... or as the first argument).
//
// Prints, each as `name: value unit`:
//   - the size of dist/bpa-arbeidsleder.html raw and gzipped (level 9) against
//     the 1.2 MB gzipped budget, and of index.wasm + index.js;
//   - the time from navigation to the first drawn frame, median of 5 fresh loads
//     with fresh profiles, for index.html and for the single file (over http and
//     from file://);
//   - the IndexedDB write of the example arrangement's record (median of 10);
//   - the import of the 5 MB file through the real file chooser, until the
//     import dialog is drawn; then its save as a new arrangement and the frame
//     time with it open.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { performance as nodePerf } from 'node:perf_hooks';
import { startServer, launch, ready, state, click, locate, root, dist } from './lib.mjs';

const budgetGzip = 1.2e6;  // bytes: 1.2 MB gzipped for the single file
const loads = 5;
const saveRuns = 10;
const importRuns = 3;
const bigFile = process.argv[2] || process.env.BPA_BENCH_FILE || path.join(root, 'build', 'bench-5mb.json');

const out = (name, value, unit) => console.log(`${name}: ${value} ${unit}`);
const mb = (n) => (n / 1e6).toFixed(3);
const ms = (n) => n.toFixed(1);
function median(a) {
  const s = [...a].sort((x, y) => x - y);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
const min = (a) => Math.min(...a);
const stat = (name, a, unit = 'ms') =>
  out(name, `median ${ms(median(a))} ${unit}, min ${ms(min(a))} ${unit}, max ${ms(Math.max(...a))}`, `${unit} over ${a.length} runs`);

const started = nodePerf.now();
const profiles = [];
async function fresh() {
  const b = await launch();
  profiles.push(b.profile);
  return b;
}
function cleanProfiles() {
  for (const p of profiles.splice(0)) fs.rmSync(p, { recursive: true, force: true });
}

// ---- sizes ----------------------------------------------------------------------
function sizes() {
  const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
  const file = (name) => {
    const p = path.join(dist, name);
    return fs.existsSync(p) ? fs.readFileSync(p) : null;
  };
  const single = file('bpa-arbeidsleder.html');
  if (single) {
    const g = gz(single);
    out('single_file_raw', mb(single.length), 'MB');
    out('single_file_gzip', mb(g), 'MB');
    out('single_file_gzip_budget', `${mb(budgetGzip)} MB, used ${(100 * g / budgetGzip).toFixed(1)} %,`,
        g <= budgetGzip ? 'within budget' : 'OVER budget');
  } else {
    out('single_file_raw', 'missing', '(run scripts/build.sh web)');
  }
  let rawSum = 0, gzSum = 0;
  for (const name of ['index.wasm', 'index.js', 'index.html']) {
    const b = file(name);
    if (!b) { out(`${name}_raw`, 'missing', ''); continue; }
    const g = gz(b);
    if (name !== 'index.html') { rawSum += b.length; gzSum += g; }
    out(`${name.replace('.', '_')}_raw`, mb(b.length), 'MB');
    out(`${name.replace('.', '_')}_gzip`, mb(g), 'MB');
  }
  out('index_wasm_plus_js_raw', mb(rawSum), 'MB');
  out('index_wasm_plus_js_gzip', mb(gzSum), 'MB');
}

// ---- first frame ----------------------------------------------------------------
async function firstFrame(v, url) {
  const sinceOrigin = [], sinceNavStart = [], sinceModule = [], sinceResponse = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await fresh();
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await ready(page, 30000);
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { first: Module.bpa.firstFrameAt, started: Module.bpa.startedAt, origin: performance.timeOrigin,
                 navStart: performance.timing.navigationStart, responseEnd: nav ? nav.responseEnd : NaN };
      });
      sinceOrigin.push(t.first);
      sinceNavStart.push(t.origin + t.first - t.navStart);
      sinceModule.push(t.first - t.started);
      sinceResponse.push(t.first - t.responseEnd);
    } finally {
      await context.close();
    }
  }
  stat(`first_frame_${v}_since_time_origin`, sinceOrigin);
  stat(`first_frame_${v}_since_navigation_start`, sinceNavStart);
  stat(`first_frame_${v}_since_html_received`, sinceResponse);
  stat(`first_frame_${v}_since_module_start`, sinceModule);
}

// ---- page helpers ---------------------------------------------------------------
const waitState = (page, pred, timeout = 60000, arg = null) =>
  page.waitForFunction(pred, arg, { timeout, polling: 50 });

// Browser frame intervals over `seconds` (requestAnimationFrame), as the app draws.
function frameTimes(page, seconds = 2) {
  return page.evaluate((s) => new Promise((resolve) => {
    const t = []; let last = null; const end = performance.now() + s * 1000;
    const f = (now) => {
      if (last !== null) t.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(f); else resolve(t);
    };
    requestAnimationFrame(f);
  }), seconds);
}
function printFrames(name, t) {
  const s = [...t].sort((a, b) => a - b);
  out(name, `median ${ms(median(t))} ms, p95 ${ms(s[Math.floor(0.95 * (s.length - 1))])} ms, max ${ms(s[s.length - 1])}`,
      `ms over ${t.length} frames`);
}

// Times IndexedDB puts of the open arrangement's stored record, as a flush queues it.
// With `paused`, the app's frame loop is paused meanwhile: the storage's own cost,
// without waiting behind frames.
function timePuts(page, runs, paused = false) {
  return page.evaluate(async ([n, paused]) => {
    if (paused) Module.pauseMainLoop();
    try {
    const st = JSON.parse(Module.ccall('bpa_test_state', 'string', [], []));
    const rec = Module.bpa.arrangements.get(st.open_id);
    await Module.bpa.whenSaved();
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      Module._bpa_flush();  // nothing to do when clean; part of what autosave calls
      Module.bpa.write('arrangements', 'put', rec);
      await Module.bpa.whenSaved();
      times.push(performance.now() - t0);
    }
    return { times, chars: rec.current.length + (rec.previous ? rec.previous.length : 0), error: Module.bpa.error };
    } finally {
      if (paused) Module.resumeMainLoop();
    }
  }, [runs, paused]);
}

// ---- save and import ------------------------------------------------------------
async function saveAndImport(server) {
  const { context, page, errors } = await fresh();
  try {
    await page.goto(server.url + 'index.html');
    await ready(page);
    printFrames('frame_interval_start_screen', await frameTimes(page));

    // The Norwegian example, saved on load.
    await click(page, 'start.example0');
    await waitState(page, () => JSON.parse(Module.ccall('bpa_test_state', 'string', [], [])).open_id !== '');
    await waitState(page, () => !Module.ccall('bpa_test_state', 'string', [], []).includes('"dirty":true'));
    await page.evaluate(() => Module.bpa.whenSaved());
    const ex = await timePuts(page, saveRuns);
    out('example_record_size', (ex.chars / 1e3).toFixed(1), 'kchars (current + previous)');
    stat('indexeddb_put_example', ex.times);
    if (ex.error) out('indexeddb_error', JSON.stringify(ex.error), '');
    stat('indexeddb_put_example_frame_loop_paused', (await timePuts(page, saveRuns, true)).times);
    printFrames('frame_interval_example_open', await frameTimes(page));

    if (!fs.existsSync(bigFile)) {
      out('import_5mb', 'skipped', `(no ${bigFile}: run \`cmake --build build/native --target bench\` first)`);
      return;
    }
    const bigBytes = fs.statSync(bigFile).size;
    out('import_file_size', mb(bigBytes), 'MB');

    // Observe (not change) the import path: when the input's change event
    // fires, and when the file's bytes are handed to the app.
    await page.evaluate(() => {
      window.__imp = {};
      document.addEventListener('change', (e) => {
        if (e.target && e.target.id === 'bpa-file-input') window.__imp.changeAt = performance.now();
      }, true);
      const files = Module.bpa.files, push = files.push;
      files.push = function (...a) { window.__imp.pushedAt = performance.now(); return push.apply(this, a); };
    });

    const toDialog = [], readFile = [], validateLoad = [], nodeWall = [];
    for (let i = 0; i < importRuns; i++) {
      await page.evaluate(() => { window.__imp.changeAt = window.__imp.pushedAt = undefined; });
      const chooserPromise = page.waitForEvent('filechooser', { timeout: 15000 });
      await click(page, 'top.import');
      const chooser = await chooserPromise;
      // Watches each frame for pending_import, then for the dialog's button being drawn.
      const watch = page.evaluate(() => new Promise((resolve) => {
        let pendingAt = null, lastRect = '';
        const t0 = performance.now();
        const loop = () => {
          const s = JSON.parse(Module.ccall('bpa_test_state', 'string', [], []));
          if (s.import_problems.length) { resolve({ problems: s.import_problems.slice(0, 3) }); return; }
          if (s.pending_import && pendingAt === null) pendingAt = performance.now();
          // The dialog sizes itself on its first frame (hidden), then shows: count it
          // as drawn when its button is at the same place in two frames running.
          const rect = pendingAt === null ? '' : Module.ccall('bpa_test_locate', 'string', ['string'], ['import.add']);
          if (rect && rect === lastRect) {
            resolve({ pendingAt, dialogAt: performance.now(), ...window.__imp });
            return;
          }
          lastRect = rect;
          if (performance.now() - t0 > 90000) { resolve({ timeout: true }); return; }
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }));
      const n0 = nodePerf.now();
      await chooser.setFiles(bigFile);
      const r = await watch;
      const n1 = nodePerf.now();
      if (r.problems) { out('import_5mb', 'REFUSED', JSON.stringify(r.problems)); return; }
      if (r.timeout || r.changeAt === undefined) { out('import_5mb', 'no dialog within 90 s', ''); return; }
      nodeWall.push(n1 - n0);
      toDialog.push(r.dialogAt - r.changeAt);
      readFile.push(r.pushedAt - r.changeAt);
      validateLoad.push(r.pendingAt - r.pushedAt);
      if (i < importRuns - 1) {
        await click(page, 'import.cancel');
        await waitState(page, () => Module.ccall('bpa_test_state', 'string', [], []).includes('"pending_import":false'));
      }
    }
    stat('import_5mb_file_chosen_to_dialog', toDialog);
    stat('import_5mb_read_file_bytes', readFile);
    stat('import_5mb_bytes_to_pending_import', validateLoad);
    stat('import_5mb_setFiles_to_dialog_wall', nodeWall);

    // Keep it as a new arrangement: open + first save (write_document + IndexedDB).
    const before = (await state(page)).library.length;
    const s0 = nodePerf.now();
    await click(page, 'import.add');
    await waitState(page, (n) => {
      const s = JSON.parse(Module.ccall('bpa_test_state', 'string', [], []));
      return s.library.length > n && !s.dirty && !s.pending_import;
    }, 120000, before).catch(() => out('import_5mb_add', 'not saved within 120 s', ''));
    await page.evaluate(() => Module.bpa.whenSaved());
    out('import_5mb_add_and_saved_wall', ms(nodePerf.now() - s0), 'ms (click, open, write_document, IndexedDB put; includes ~120 ms click settle)');
    const after = await state(page);
    out('library_after_import', `${before} -> ${after.library.length}`, 'arrangements');
    const shifts = await page.evaluate(() => {
      const t = Module.ccall('bpa_test_document', 'string', [], []);
      return t ? JSON.parse(t).shifts.length : 0;
    });
    out('open_document_shifts_after_import', shifts, 'shifts');
    printFrames('frame_interval_5mb_open', await frameTimes(page));
    const big = await timePuts(page, 5);
    out('big_record_size', mb(big.chars), 'Mchars (current + previous)');
    stat('indexeddb_put_5mb', big.times);
    stat('indexeddb_put_5mb_frame_loop_paused', (await timePuts(page, 5, true)).times);
    if (big.error) out('indexeddb_error', JSON.stringify(big.error), '');
    if (errors.length) out('page_errors', errors.length, JSON.stringify(errors.slice(0, 3)));
  } finally {
    await context.close();
  }
}

// ---- main -----------------------------------------------------------------------
// A section that breaks (page not built, or rebuilt while this runs) prints an
// error line and the others still run; the exit code is 1 only for such errors.
async function section(name, f) {
  try {
    await f();
  } catch (e) {
    out(`${name}_error`, JSON.stringify(String(e.message || e).split('\n')[0]), '');
    process.exitCode = 1;
  }
}

const server = await startServer();
try {
  console.log('# page benchmark: figures only, nothing is asserted');
  await section('sizes', sizes);
  const single = path.join(dist, 'bpa-arbeidsleder.html');
  await section('first_frame_index_http', () => firstFrame('index_http', server.url + 'index.html'));
  await section('first_frame_single_file_http', () => firstFrame('single_file_http', server.url + 'bpa-arbeidsleder.html'));
  await section('first_frame_single_file_file_url', () => firstFrame('single_file_file_url', pathToFileURL(single).href));
  await section('save_and_import', () => saveAndImport(server));
} finally {
  await server.close();
  cleanProfiles();
}
out('bench_total', ((nodePerf.now() - started) / 1000).toFixed(1), 's');
