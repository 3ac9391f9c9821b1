// Page benchmarks: print figures, assert nothing. Run with `node tests/browser/bench.mjs`
// after `scripts/build.sh web` (dist/) and the native bench (`build/bench-5mb.json`,
// written by `cmake --build build/native --target bench`; another file can be
// given as BPA_BENCH_FILE=... or as the first argument).
//
// First, against Dear ImGui's own Emscripten demo (section `demo`): builds
// examples/example_emscripten_opengl3 from the imgui source package with the
// page's emcc, flags and SDL2 into build/demo/imgui-demo.html (one file, once),
// then prints side by side, from one run: the single file's size gzipped; the
// first frame from file:// (the end of the first main-loop iteration, median of
// 5 cold loads); idle CPU (DevTools Performance.getMetrics TaskDuration over
// 10 s, in % of one core) on the start screen and with a year open on the work
// plan; the work per frame (the main-loop callback, drawing every frame; the mean
// of the middle 80 % of frames) of the work plan empty (the year's assistants, no
// shifts) and with the year.
//
// Then, each as `name: value unit`:
//   - the size of dist/bpa-arbeidsleder.html raw and gzipped (level 9) against
//     the 1.2 MB gzipped budget, and of index.wasm + index.js;
//   - the time from navigation to the first drawn frame, median of 5 fresh loads
//     with fresh profiles, for index.html and for the single file (over http and
//     from file://);
//   - the IndexedDB write of the example arrangement's record (median of 10);
//   - the import of the 5 MB file through the real file chooser, until the
//     import dialog is drawn; then its save as a new arrangement and the frame
//     time with it open;
//   - a realistic year (build/bench-year.json, 12 assistants, ~4,000 shifts,
//     also written by the native bench; BPA_BENCH_YEAR_FILE=... for another),
//     imported and added as new: (a) the wasm memory (Module.HEAP8.length; it
//     only grows) and performance.memory.usedJSHeapSize; (b) frame times on the
//     work plan idle, and after an edit (a name typed on Assistenter, then the
//     plan: its first frame holds the full check of the year and the week's
//     coverage), and the check alone as the test hook's first call after an edit;
//     (c) frame times while dragging a shift on the week grid; (d) the time from
//     the click on Timer → Timekonto until two frames are drawn.
//     Frame times are given two ways: the interval between
//     requestAnimationFrame timestamps (what the user sees, in whole vsyncs), and
//     the app's work per frame (its main-loop callback, timed by wrapping
//     requestAnimationFrame).
//
// BPA_BENCH_SECTIONS=year_page,sizes,... runs only the named sections.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { performance as nodePerf } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { startServer, launch, ready, settle, state, click, locate, root, dist } from './lib.mjs';

const budgetGzip = 1.2e6;  // bytes: 1.2 MB gzipped for the single file
const loads = 5;
const saveRuns = 10;
const importRuns = 3;
const bigFile = process.argv[2] || process.env.BPA_BENCH_FILE || path.join(root, 'build', 'bench-5mb.json');
const yearFile = process.env.BPA_BENCH_YEAR_FILE || path.join(root, 'build', 'bench-year.json');
const onlySections = process.env.BPA_BENCH_SECTIONS ? process.env.BPA_BENCH_SECTIONS.split(',') : null;

const out = (name, value, unit) => console.log(`${name}: ${value} ${unit}`);
const mb = (n) => (n / 1e6).toFixed(3);
const ms = (n) => n.toFixed(1);
function median(a) {
  const s = [...a].sort((x, y) => x - y);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
// The mean of the middle 80 %: the browser gives times in steps of 0.1 ms,
// so a median of frames of 1.0-1.4 ms moves in steps of 10 %; the mean of
// many frames sees between the steps, and the cut ends keep out a stray
// slow frame (a collection, the machine's other work).
function trimmedMean(a) {
  const s = [...a].sort((x, y) => x - y);
  const cut = Math.floor(s.length / 10), kept = s.slice(cut, s.length - cut);
  return kept.length ? kept.reduce((x, y) => x + y, 0) / kept.length : NaN;
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

// ---- a realistic year ---------------------------------------------------------------
const pct = (a, q) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))] : NaN;
};
function printDist(name, a, what) {
  if (!a.length) { out(name, 'none', `(no ${what})`); return; }
  out(name, `median ${ms(median(a))} ms, p95 ${ms(pct(a, 0.95))} ms, max ${ms(Math.max(...a))}`, `ms over ${a.length} ${what}`);
}

// Wraps requestAnimationFrame once, so that the app's main-loop callback is timed
// (its work per frame); the recorder's own callbacks use the original.
function instrumentFrames(page) {
  return page.evaluate(() => {
    if (window.__bpaRaf) return;
    const orig = window.requestAnimationFrame.bind(window);
    const r = window.__bpaRaf = { orig, on: false, work: [], ts: [], clicks: [], stop: true };
    window.requestAnimationFrame = (cb) => orig((ts) => {
      const t0 = performance.now();
      try { cb(ts); } finally { if (r.on) r.work.push({ at: t0, ms: performance.now() - t0 }); }
    });
    for (const type of ['mousedown', 'mouseup'])  // when the page sees the clicks (before the app does)
      window.addEventListener(type, () => { if (r.on) r.clicks.push({ type, at: performance.now() }); }, true);
  });
}
// Starts recording: rAF timestamps and the app's work per frame.
function startFrames(page) {
  return page.evaluate(() => {
    const r = window.__bpaRaf;
    r.work = []; r.ts = []; r.clicks = []; r.on = true; r.stop = false;
    const f = (now) => { r.ts.push(now); if (!r.stop) r.orig(f); };
    r.orig(f);
    return performance.now();
  });
}
function stopFrames(page) {
  return page.evaluate(() => {
    const r = window.__bpaRaf;
    r.stop = true; r.on = false;
    return { ts: r.ts, work: r.work, clicks: r.clicks, now: performance.now() };
  });
}
const intervals = (ts, from = -Infinity, to = Infinity) => {
  const d = [];
  for (let i = 1; i < ts.length; i++) if (ts[i] > from && ts[i - 1] < to) d.push(ts[i] - ts[i - 1]);
  return d;
};
const workIn = (work, from = -Infinity, to = Infinity) => work.filter((w) => w.at >= from && w.at < to).map((w) => w.ms);
const pageNow = (page) => page.evaluate(() => performance.now());
const memory = (page) => page.evaluate(() => ({
  heap: Module.HEAP8 ? Module.HEAP8.length : null,
  js: performance.memory ? performance.memory.usedJSHeapSize : null,
  jsTotal: performance.memory ? performance.memory.totalJSHeapSize : null,
}));
function printMemory(name, m) {
  out(`${name}_wasm_heap`, m.heap === null ? 'n/a' : mb(m.heap), m.heap === null ? '(no Module.HEAP8)' : 'MB (Module.HEAP8.length; only grows)');
  if (m.js !== null) out(`${name}_js_heap_used`, mb(m.js), `MB (performance.memory.usedJSHeapSize, total ${mb(m.jsTotal)} MB; coarse in Chromium)`);
  else out(`${name}_js_heap_used`, 'n/a', '(no performance.memory)');
}

async function yearPage(server) {
  if (!fs.existsSync(yearFile)) {
    out('year_page', 'skipped', `(no ${yearFile}: run \`cmake --build build/native --target bench\` first)`);
    return;
  }
  out('year_file_size', mb(fs.statSync(yearFile).size), 'MB');
  const { context, page, errors } = await fresh();
  const sub = async (name, f) => {  // a part that fails prints its error and the others still run
    try { await f(); } catch (e) {
      out(`${name}_error`, JSON.stringify(String(e.message || e).split('\n')[0]), '');
      process.exitCode = 1;
      await page.mouse.up().catch(() => {});
    }
  };
  try {
    await page.goto(server.url + 'index.html');
    await ready(page);
    await instrumentFrames(page);
    // With an arrangement open (the example), an import asks: replace, or add as new.
    await click(page, 'start.example0');
    await waitState(page, () => JSON.parse(Module.ccall('bpa_test_state', 'string', [], [])).open_id !== '');
    await waitState(page, () => !Module.ccall('bpa_test_state', 'string', [], []).includes('"dirty":true'));
    await page.evaluate(() => Module.bpa.whenSaved());
    printMemory('year_before_import', await memory(page));
    await sub('year_baseline_example_plan', async () => {  // the same screen with the small example, for comparison
      await click(page, 'nav.plan');
      await locate(page, 'plan.grid', 30000);
      await page.waitForTimeout(800);
      const s0 = await startFrames(page);
      await page.waitForTimeout(2000);
      const idle = await stopFrames(page);
      printDist('year_baseline_example_plan_idle_raf_interval', intervals(idle.ts, s0), 'rAF intervals (the example, 32 shifts, 2 s idle)');
      printDist('year_baseline_example_plan_idle_app_frame', workIn(idle.work, s0), 'app frames (the example, 2 s idle)');
      await click(page, 'nav.overview');
    });

    // Import through the real file chooser, then "add as new".
    const chooserPromise = page.waitForEvent('filechooser', { timeout: 15000 });
    await click(page, 'top.import');
    const chooser = await chooserPromise;
    const n0 = nodePerf.now();
    await chooser.setFiles(yearFile);
    await locate(page, 'import.add', 60000);
    await page.waitForTimeout(300);  // the dialog sizes itself on its first frame, then shows
    out('year_import_setFiles_to_dialog_wall', ms(nodePerf.now() - n0), 'ms (includes up to 50 ms polling)');
    const before = (await state(page)).library.length;
    const a0 = nodePerf.now();
    await click(page, 'import.add');
    await waitState(page, (n) => {
      const s = JSON.parse(Module.ccall('bpa_test_state', 'string', [], []));
      return s.library.length > n && !s.dirty && !s.pending_import;
    }, 120000, before);
    await page.evaluate(() => Module.bpa.whenSaved());
    out('year_add_and_saved_wall', ms(nodePerf.now() - a0), 'ms (click, open, write_document, IndexedDB put; includes ~270 ms of click)');
    const info = await page.evaluate(() => {
      const t = Module.ccall('bpa_test_document', 'string', [], []);
      const d = t ? JSON.parse(t) : { shifts: [], assistants: [] };
      const s = JSON.parse(Module.ccall('bpa_test_state', 'string', [], []));
      return { shifts: d.shifts.length, assistants: d.assistants.length, violations: s.violations.length, revision: s.revision };
    });
    out('year_open_document', `${info.assistants} assistants, ${info.shifts} shifts`, '');
    // The app caches violations by the session's revision, which starts again at 1
    // for each opened document: before the first edit this may be the example's.
    out('year_violations_reported_before_any_edit', info.violations, `(state right after "add as new", revision ${info.revision})`);

    // (a) memory with the year loaded
    await sub('year_memory', async () => {
      await page.waitForTimeout(500);
      printMemory('year_loaded', await memory(page));
    });

    // (b) the work plan: idle frames, then the first frames after an edit
    await sub('year_plan_idle', async () => {
      const t0 = await startFrames(page);
      await click(page, 'nav.plan');
      await locate(page, 'plan.grid', 30000);
      await page.waitForTimeout(1000);
      const r = await stopFrames(page);
      printDist('year_plan_first_visit_app_frame', workIn(r.work, t0), 'app frames in the first ~1.3 s (read_plan, week coverage, drawing)');
      const s0 = await startFrames(page);
      await page.waitForTimeout(3000);
      const idle = await stopFrames(page);
      printDist('year_plan_idle_raf_interval', intervals(idle.ts, s0), 'rAF intervals (3 s idle)');
      printDist('year_plan_idle_app_frame', workIn(idle.work, s0), 'app frames (3 s idle)');
    });

    const typeOneChar = async (ch) => {
      await click(page, 'nav.assistants');
      await click(page, 'assistants.row.a1');
      await click(page, 'assistant.name');
      await page.keyboard.press('End');
      await page.keyboard.type(ch);
      await page.waitForTimeout(200);
    };
    await sub('year_check_after_edit', async () => {
      // Nothing on the Assistenter screen runs the check; the plan's first frame does.
      await typeOneChar('x');
      await page.waitForTimeout(1500);  // autosave (within 1 s of a change), so that it is not in the frames below
      await page.evaluate(() => Module.bpa.whenSaved());
      const t0 = await startFrames(page);
      await click(page, 'nav.plan');
      await page.waitForTimeout(1500);
      const r = await stopFrames(page);
      // The screen changes on the release; that frame draws the plan and runs the check.
      const upAt = (r.clicks.find((c) => c.type === 'mouseup') || { at: t0 }).at;
      const frames = r.work.filter((w) => w.at >= upAt);
      if (frames.length < 2) throw new Error('too few app frames after the click');
      const first = frames.slice(0, 5), rest = frames.slice(5);
      const firstEnd = first[first.length - 1].at + first[first.length - 1].ms;
      out('year_plan_after_edit_first_frames', first.map((w) => ms(w.ms)).join(', '),
          'ms (app work of the first 5 frames after the click on Arbeidsplan; the check runs in one of them)');
      out('year_plan_after_edit_max_app_frame', ms(Math.max(...first.map((w) => w.ms))),
          'ms (max of those: full check of the year + week coverage + drawing)');
      out('year_plan_after_edit_max_raf_interval', ms(Math.max(...intervals(r.ts, upAt, firstEnd))), 'ms (max rAF interval over those frames)');
      printDist('year_plan_after_edit_steady_app_frame', rest.map((w) => w.ms), 'app frames after those');
      printDist('year_plan_after_edit_steady_raf_interval', intervals(r.ts, firstEnd), 'rAF intervals after those');

      // The check alone: the test hook's state includes the violations, computed
      // on the first call after a change (cached by revision afterwards).
      const firstCalls = [], cachedCalls = [];
      for (let i = 0; i < 5; i++) {
        await typeOneChar(String(i));
        await page.waitForTimeout(1500);
        await page.evaluate(() => Module.bpa.whenSaved());
        const t = await page.evaluate(() => {
          const a = performance.now();
          Module.ccall('bpa_test_state', 'string', [], []);
          const b = performance.now();
          Module.ccall('bpa_test_state', 'string', [], []);
          return [b - a, performance.now() - b];
        });
        firstCalls.push(t[0]);
        cachedCalls.push(t[1]);
      }
      out('year_violations_reported_after_edit', (await state(page)).violations.length, '');
      stat('year_check_via_test_state_first_call_after_edit', firstCalls);
      stat('year_check_via_test_state_cached_call', cachedCalls);
      out('year_check_in_page_estimate', ms(median(firstCalls) - median(cachedCalls)),
          'ms (median first call - median cached call: check() of the year in wasm)');
    });

    // (c) dragging a shift on the week grid
    await sub('year_drag', async () => {
      await click(page, 'nav.plan');
      await click(page, 'plan.today');  // the week of today; earlier weeks lie in approved timesheets
      const findShift = (g) => page.evaluate((g) => {
        const doc = JSON.parse(Module.ccall('bpa_test_document', 'string', [], []));
        let best = null;
        for (const s of doc.shifts) {
          if (s.status === 'cancelled') continue;
          const t = Module.ccall('bpa_test_locate', 'string', ['string'], ['shift.' + s.id]);
          if (!t) continue;
          const r = JSON.parse(t);
          if (r.w < 14) continue;  // grab it in the middle, clear of the 6 px resize edges
          const score = r.w * 1000 - Math.abs(r.x + r.w / 2 - (g.x + g.w / 2));  // widest, then nearest the middle
          if (!best || score > best.score) best = { id: s.id, r, score, start: s.start, end: s.end };
        }
        return best;
      }, g);
      let grid = await locate(page, 'plan.grid', 30000);
      let pick = await findShift(grid);
      for (let i = 0; !pick && i < 8; i++) {  // run after the generated year: look back for shifts
        await click(page, 'plan.previous');
        grid = await locate(page, 'plan.grid', 30000);
        pick = await findShift(grid);
      }
      if (!pick) throw new Error('no shift of the shown week on screen');
      out('year_drag_shift', `${pick.id} ${pick.start}..${pick.end}`, `(${Math.round(pick.r.w)} px wide on a ${Math.round(grid.w)} px week)`);
      const rev0 = (await state(page)).revision;
      const x0 = pick.r.x + pick.r.w / 2, y0 = pick.r.y + pick.r.h / 2;
      const dx = (x0 > grid.x + grid.w / 2 ? -1 : 1) * grid.w / 7 / 2;  // half a day, toward the middle
      await page.mouse.move(x0, y0);
      await page.waitForTimeout(300);
      const t0 = await startFrames(page);
      await page.mouse.down();
      const steps = 40;
      for (let i = 1; i <= steps; i++) {  // ~1 s: out half a day, then back to a quarter
        const f = i <= 30 ? i / 30 : 1 - (i - 30) / 20;
        await page.mouse.move(x0 + f * dx, y0);
        await page.waitForTimeout(25);
      }
      const up = await pageNow(page);
      await page.mouse.up();
      await page.waitForTimeout(1000);
      const r = await stopFrames(page);
      printDist('year_drag_raf_interval', intervals(r.ts, t0, up), 'rAF intervals during the drag');
      printDist('year_drag_app_frame', workIn(r.work, t0, up), 'app frames during the drag');
      const after = workIn(r.work, up);
      const s1 = await state(page);
      out('year_drop_max_app_frame', ms(Math.max(...after)),
          s1.revision !== rev0 ? 'ms (the drop: the move committed, then check + coverage + drawing)'
                               : `ms (the drop did NOT change the plan: ${JSON.stringify(s1.notices.slice(-1))})`);
    });

    // (d) the hours account
    await sub('year_hours_account', async () => {
      let t0 = await startFrames(page);
      await click(page, 'nav.hours');
      await page.waitForTimeout(800);
      let r = await stopFrames(page);
      printDist('year_hours_screen_open_app_frame', workIn(r.work, t0), 'app frames after the click on Timer (timesheet tab)');

      await page.waitForTimeout(300);
      t0 = await startFrames(page);
      await click(page, 'hours.tab.account');
      await page.waitForTimeout(800);
      r = await stopFrames(page);
      const down = r.clicks.find((c) => c.type === 'mousedown'), upEv = r.clicks.find((c) => c.type === 'mouseup');
      if (!down || !upEv) throw new Error('the click was not seen by the page');
      // The two frames after the release (the tab switches on release; the first frame shows it).
      const after = r.work.filter((w) => w.at > upEv.at);
      if (after.length < 2) throw new Error('fewer than two frames after the click');
      const end2 = after[1].at + after[1].ms;
      out('year_hours_account_click_to_two_frames', ms(end2 - upEv.at), 'ms (mouse release to the end of the second app frame after it)');
      out('year_hours_account_press_to_two_frames', ms(end2 - down.at), 'ms (mouse press to the same; includes the ~60 ms press)');
      out('year_hours_account_first_frames', `${ms(after[0].ms)} ms, ${ms(after[1].ms)}`, 'ms (app work of those two frames)');
      const s0 = await startFrames(page);
      await page.waitForTimeout(1500);
      const idle = await stopFrames(page);
      printDist('year_hours_account_idle_app_frame', workIn(idle.work, s0), 'app frames (1.5 s on Timekonto; computed every frame)');
      printDist('year_hours_account_idle_raf_interval', intervals(idle.ts, s0), 'rAF intervals');
    });

    await sub('year_memory_end', async () => printMemory('year_end', await memory(page)));
    if (errors.length) out('year_page_errors', errors.length, JSON.stringify(errors.slice(0, 3)));
  } finally {
    await context.close();
  }
}

// ---- against Dear ImGui's own demo ---------------------------------------------
const cache = process.env.BPA_CACHE || path.join(os.homedir(), '.cache', 'bpa-arbeidsleder');
const demoFile = path.join(root, 'build', 'demo', 'imgui-demo.html');
const idleSeconds = 10;

// Builds the demo once with the page's compiler, flags (-Os, one file) and SDL2
// (the page's build makes it, cmake/sdl2_wasm.cmake: the page's SDL with the
// game controllers the demo asks for at start).
function buildDemo() {
  const imgui = path.join(cache, 'imgui'), sdlInclude = path.join(cache, 'sdl2-src', 'include');
  const web = path.join(root, 'build', 'web'), sdlLib = path.join(web, 'libsdl2_demo.a');
  const example = path.join(imgui, 'examples', 'example_emscripten_opengl3');
  const env0 = { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' };
  if (!fs.existsSync(path.join(web, 'CMakeCache.txt'))) throw new Error(`${web} is missing: build the page first (scripts/build.sh web)`);
  execFileSync('cmake', ['--build', web, '--target', 'sdl2_demo'], { env: env0, stdio: 'inherit' });
  const newer = (a, b) => fs.statSync(a).mtimeMs > fs.statSync(b).mtimeMs;
  if (fs.existsSync(demoFile) && newer(demoFile, path.join(example, 'main.cpp')) && newer(demoFile, sdlLib)) return;
  const dir = path.dirname(demoFile);
  fs.mkdirSync(dir, { recursive: true });
  const sources = [path.join(example, 'main.cpp'), ...['imgui', 'imgui_demo', 'imgui_draw', 'imgui_tables', 'imgui_widgets']
    .map((n) => path.join(imgui, `${n}.cpp`)), path.join(imgui, 'backends', 'imgui_impl_sdl.cpp'),
    path.join(imgui, 'backends', 'imgui_impl_opengl3.cpp')];
  const env = { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' };
  const objects = sources.map((src) => {
    const o = path.join(dir, path.basename(src, '.cpp') + '.o');
    execFileSync('em++', ['-Os', '-DIMGUI_DISABLE_FILE_FUNCTIONS', '-I', imgui, '-I', path.join(imgui, 'backends'),
                          '-I', sdlInclude, '-c', src, '-o', o], { env, stdio: 'inherit' });
    return o;
  });
  execFileSync('em++', ['-Os', ...objects, sdlLib, '-o', demoFile,
    '-sALLOW_MEMORY_GROWTH=1', '-sMAX_WEBGL_VERSION=2', '-sNO_EXIT_RUNTIME=1', '-sENVIRONMENT=web', '-sMINIFY_HTML=0',
    '-sNO_FILESYSTEM=1', '-sSINGLE_FILE=1', '--shell-file', path.join(example, 'shell_minimal.html')], { env, stdio: 'inherit' });
}

// Times Emscripten's main-loop iterations (the same runner in both pages): the
// end of the first, and each one's work while `record` is on.
const timeMainLoop = () => {
  const b = window.__bench = { first: null, work: [], record: false };
  const orig = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => orig((ts) => {
    if (cb.name !== 'Browser_mainLoop_runner') return cb(ts);
    const t0 = performance.now();
    try { cb(ts); } finally {
      const t1 = performance.now();
      if (b.first === null) b.first = t1;
      if (b.record) b.work.push(t1 - t0);
    }
  });
};

// Medians of the end of the first main-loop iteration over cold loads, the
// pages taken in turn so that a change in the machine's load hits all alike.
async function coldFirstFrames(urls) {
  const times = urls.map(() => []);
  for (let i = 0; i < loads; i++) {
    for (let u = 0; u < urls.length; u++) {
      const { context, page } = await fresh();
      try {
        await page.addInitScript(timeMainLoop);
        await page.goto(urls[u]);
        await page.waitForFunction(() => window.__bench && window.__bench.first !== null, null, { timeout: 60000 });
        times[u].push(await page.evaluate(() => window.__bench.first));
      } finally {
        await context.close();
      }
    }
  }
  return times.map(median);
}

// CPU of the page's main thread over `seconds`, in % of one core.
async function idleCpu(context, page, seconds = idleSeconds) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const t0 = await task();
  await page.waitForTimeout(seconds * 1000);
  const used = (await task()) - t0;
  await cdp.detach();
  return 100 * used / seconds;
}

// A page that draws every frame (the demo, or an older build of the page)
// is paused while others are measured, and resumed for its own turn.
const drawsAlways = () => !(window.Module && Module.bpa && Module.bpa.setContinuous);
const park = (page) => page.evaluate((f) => { if (eval(f)()) Module.pauseMainLoop(); }, `(${drawsAlways})`);
const unpark = (page) => page.evaluate((f) => { if (eval(f)()) Module.resumeMainLoop(); }, `(${drawsAlways})`);

// Work of the main-loop callback while it draws every frame, for each page,
// in turns of `seconds` (so that a change in the machine's load hits all alike);
// the trimmed mean of each page's frames.
async function frameWork(pages, turns = 5, seconds = 1) {
  const work = pages.map(() => []);
  for (let t = 0; t < turns; t++) {
    for (let i = 0; i < pages.length; i++) {
      const page = pages[i];
      await unpark(page);
      await page.evaluate(() => {
        // What a user's page does: the test hooks (marks for the tests' clicks) off.
        if (window.Module && Module._bpa_test_hooks) Module._bpa_test_hooks(0);
        if (window.Module && Module.bpa && Module.bpa.setContinuous) Module.bpa.setContinuous(true);
        window.__bench.work = []; window.__bench.record = true;
      });
      await page.waitForTimeout(seconds * 1000);
      work[i].push(...await page.evaluate(() => {
        window.__bench.record = false;
        if (window.Module && Module._bpa_test_hooks) Module._bpa_test_hooks(1);
        if (window.Module && Module.bpa && Module.bpa.setContinuous) Module.bpa.setContinuous(false);
        return window.__bench.work;
      }));
      await park(page);
    }
  }
  return work.map(trimmedMean);
}

// Opens `text` (an arrangement) on the start screen by dropping it, then the work plan.
async function openOnPlan(page, name, text) {
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
  await page.waitForFunction(() => JSON.parse(Module.ccall('bpa_test_state', 'string', [], [])).open_id !== '', null,
                             { timeout: 120000, polling: 200 });
  await click(page, 'nav.plan');
  await locate(page, 'plan.grid', 60000);
  await page.waitForFunction(() => !Module.ccall('bpa_test_state', 'string', [], []).includes('"dirty":true'), null,
                             { timeout: 60000, polling: 200 });
  await page.evaluate(() => Module.bpa.whenSaved());
  await page.waitForTimeout(6500);  // notices of the import go away
  await settle(page, 60000);
}

async function againstDemo() {
  buildDemo();
  const single = path.join(dist, 'bpa-arbeidsleder.html');
  const gz = (f) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
  const rows = [];
  // A figure of the row as printed: a frame's work (under 10 ms) in hundredths, the rest in tenths.
  const shown = (v, unit, demo) =>
    `${typeof v === 'number' ? v.toFixed(unit === 'ms' && typeof demo === 'number' && demo < 10 ? 2 : 1) : v} ${unit}`;
  const row = (name, demo, pageValue, unit) => {
    rows.push([name, demo, pageValue, unit]);
    out(`demo_${name}`, `${shown(demo, unit, demo)}, page`, shown(pageValue, unit, demo) +
        (typeof demo === 'number' && typeof pageValue === 'number' && demo > 0 ? ` (${(pageValue / demo).toFixed(2)}x)` : ''));
  };
  row('size_gzip', gz(demoFile) / 1e3, gz(single) / 1e3, 'kB');
  const [demoFirst, pageFirst] = await coldFirstFrames([pathToFileURL(demoFile).href, pathToFileURL(single).href]);
  row('first_frame_file_url', demoFirst, pageFirst, 'ms');

  const demo = await fresh();
  const opened = [demo];
  try {
  await demo.page.addInitScript(timeMainLoop);
  await demo.page.goto(pathToFileURL(demoFile).href);
  await demo.page.waitForFunction(() => window.__bench && window.__bench.first !== null, null, { timeout: 60000 });
  await demo.page.waitForTimeout(2000);
  const demoIdle = await idleCpu(demo.context, demo.page);
  await park(demo.page);

  const start = await fresh();
  opened.push(start);
  await start.page.addInitScript(timeMainLoop);
  await start.page.goto(pathToFileURL(single).href);
  await ready(start.page);
  await start.page.waitForTimeout(2000);
  const startIdle = await idleCpu(start.context, start.page);
  await start.context.close();
  row('idle_cpu_start_screen', demoIdle, startIdle, '% of a core');

  if (!fs.existsSync(yearFile)) {
    out('demo_year', 'skipped', `(no ${yearFile}: run \`cmake --build build/native --target bench\` first)`);
    return;
  }
  const yearText = fs.readFileSync(yearFile, 'utf8');
  const empty = JSON.parse(yearText);
  for (const k of ['shifts', 'absences', 'timesheets', 'holiday_plans']) if (Array.isArray(empty[k])) empty[k] = [];
  const plans = {};
  for (const [name, text] of [['empty', JSON.stringify(empty)], ['year', yearText]]) {
    const b = plans[name] = await fresh();
    opened.push(b);
    await b.page.addInitScript(timeMainLoop);
    await b.page.goto(pathToFileURL(single).href);
    await ready(b.page);
    await openOnPlan(b.page, `bench-${name}.json`, text);
    const s = await state(b.page);
    out(`demo_page_${name}_plan`, `${s.violations.length} violations`, '');
    await park(b.page);
  }
  const idleOf = async (b) => { await unpark(b.page); const v = await idleCpu(b.context, b.page); await park(b.page); return v; };
  const yearIdle = await idleOf(plans.year);
  const emptyIdle = await idleOf(plans.empty);
  const [demoWork, emptyWork, yearWork] = await frameWork([demo.page, plans.empty.page, plans.year.page]);
  row('idle_cpu_year_on_plan', demoIdle, yearIdle, '% of a core');
  row('idle_cpu_empty_plan', demoIdle, emptyIdle, '% of a core');
  row('frame_work_empty_plan', demoWork, emptyWork, 'ms');
  row('frame_work_year_on_plan', demoWork, yearWork, 'ms');
  out('demo_frame_work_year_over_empty', (yearWork / emptyWork).toFixed(2), 'x (the page: year / empty plan)');
  } finally {
    for (const b of opened) await b.context.close().catch(() => {});
  }
  console.log('\n| figure | Dear ImGui demo | the page |\n|---|---|---|');
  for (const [name, d, p, unit] of rows)
    console.log(`| ${name} | ${shown(d, unit, d)} | ${shown(p, unit, d)} |`);
  console.log('');
}

// ---- a decade of history ----------------------------------------------------------
// 50,000 shifts: the realistic year repeated back over earlier years (moved by
// whole 52-week steps, so weekdays stay), every assistant employed throughout.
// Prints the work per frame on the work plan against the same arrangement with
// no shifts (same run, in turns), the reload to the first frame with it stored,
// and the memory. Figures, nothing asserted.
const decadeShifts = Number(process.env.BPA_BENCH_DECADE_SHIFTS || 50000);
function decadeText(yearText) {
  const doc = JSON.parse(yearText);
  const year = doc.shifts;
  const move = (text, days) => {
    const d = new Date(Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) - days * 86400000);
    return d.toISOString().slice(0, 10) + text.slice(10);
  };
  const shifts = [];
  for (let k = 0; shifts.length < decadeShifts; k++)
    for (const s of year) {
      if (shifts.length >= decadeShifts) break;
      if (k === 0) { shifts.push(s); continue; }
      const c = { ...s, id: `${s.id}-${k}`, start: move(s.start, k * 364), end: move(s.end, k * 364) };
      for (const f of ['planned_start', 'planned_end']) if (c[f]) c[f] = move(c[f], k * 364);
      delete c.replaces;
      shifts.push(c);
    }
  const earliest = shifts.reduce((m, s) => (s.start < m ? s.start : m), '9999').slice(0, 10);
  for (const a of doc.assistants) if (a.employed_from > earliest) a.employed_from = earliest;
  doc.shifts = shifts;
  return JSON.stringify(doc);
}

async function decade() {
  if (!fs.existsSync(yearFile)) {
    out('decade', 'skipped', `(no ${yearFile}: run \`cmake --build build/native --target bench\` first)`);
    return;
  }
  const yearText = fs.readFileSync(yearFile, 'utf8');
  const text = decadeText(yearText);
  const empty = JSON.parse(yearText);
  for (const k of ['shifts', 'absences', 'timesheets', 'holiday_plans']) if (Array.isArray(empty[k])) empty[k] = [];
  out('decade_file', `${JSON.parse(text).shifts.length} shifts, ${mb(text.length)}`, 'MB');
  const single = path.join(dist, 'bpa-arbeidsleder.html');
  const pages = {};
  try {
    for (const [name, t] of [['empty', JSON.stringify(empty)], ['decade', text]]) {
      const b = pages[name] = await fresh();
      await b.page.addInitScript(timeMainLoop);
      await b.page.goto(pathToFileURL(single).href);
      await ready(b.page);
      const t0 = nodePerf.now();
      await openOnPlan(b.page, `bench-${name}.json`, t);
      out(`decade_import_${name}`, ms(nodePerf.now() - t0 - 6500), 'ms (drop to the work plan drawn and stored)');
    }
    const [emptyWork, decadeWork] = await frameWork([pages.empty.page, pages.decade.page]);
    out('decade_frame_work_empty_plan', ms(emptyWork), 'ms (work per frame, mean of the middle 80 %, drawing every frame)');
    out('decade_frame_work_plan', ms(decadeWork), `ms (${(decadeWork / emptyWork).toFixed(2)}x the empty plan)`);
    printMemory('decade_before_reload', await memory(pages.decade.page));
    const reloads = [];
    for (let i = 0; i < 3; i++) {
      await pages.decade.page.reload();
      await ready(pages.decade.page, 180000);
      reloads.push(await pages.decade.page.evaluate(() => Module.bpa.firstFrameAt));
    }
    stat('decade_reload_first_frame', reloads);
    printMemory('decade_after_reload', await memory(pages.decade.page));
  } finally {
    for (const b of Object.values(pages)) await b.context.close().catch(() => {});
  }
}

// The accessible mirror's share of a frame (src/ui/a11y.h): the work plan with
// the year, drawing every frame, the mirror on and off in turns in one page.
async function a11yCost() {
  if (!fs.existsSync(yearFile)) {
    out('a11y', 'skipped', `(no ${yearFile}: run \`cmake --build build/native --target bench\` first)`);
    return;
  }
  const b = await fresh();
  try {
    await b.page.addInitScript(timeMainLoop);
    await b.page.goto(pathToFileURL(path.join(dist, 'bpa-arbeidsleder.html')).href);
    await ready(b.page);
    await openOnPlan(b.page, 'bench-a11y.json', fs.readFileSync(yearFile, 'utf8'));
    const nodes = await b.page.evaluate(() => document.querySelectorAll('#bpa-a11y [role], #bpa-a11y button, #bpa-a11y input, #bpa-a11y span, #bpa-a11y h2').length);
    const on = [], off = [];
    for (let t = 0; t < 3; t++) {
      for (const enable of [1, 0]) {
        await b.page.evaluate((e) => Module._bpa_a11y_enable(e), enable);
        await settle(b.page);
        const [w] = await frameWork([b.page], 1);
        (enable ? on : off).push(w);
      }
    }
    await b.page.evaluate(() => Module._bpa_a11y_enable(1));
    const mOn = median(on), mOff = median(off);
    out('a11y_nodes_work_plan_year', nodes, 'nodes in the accessible tree');
    out('a11y_frame_work_off', ms(mOff), 'ms (work per frame, mean of the middle 80 %, the work plan with the year, mirror off)');
    out('a11y_frame_work_on', ms(mOn), `ms (mirror on: ${((mOn / mOff - 1) * 100).toFixed(1)} % more)`);
  } finally {
    await b.context.close().catch(() => {});
  }
}

// ---- main -----------------------------------------------------------------------
// A section that breaks (page not built, or rebuilt while this runs) prints an
// error line and the others still run; the exit code is 1 only for such errors.
async function section(name, f) {
  if (onlySections && !onlySections.includes(name)) return;
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
  await section('demo', againstDemo);
  await section('sizes', sizes);
  const single = path.join(dist, 'bpa-arbeidsleder.html');
  await section('first_frame_index_http', () => firstFrame('index_http', server.url + 'index.html'));
  await section('first_frame_single_file_http', () => firstFrame('single_file_http', server.url + 'bpa-arbeidsleder.html'));
  await section('first_frame_single_file_file_url', () => firstFrame('single_file_file_url', pathToFileURL(single).href));
  await section('save_and_import', () => saveAndImport(server));
  await section('year_page', () => yearPage(server));
  await section('decade', decade);
  await section('a11y', a11yCost);
} finally {
  await server.close();
  cleanProfiles();
}
out('bench_total', ((nodePerf.now() - started) / 1000).toFixed(1), 's');
