// Shared helpers of the browser tests: a static server for dist/, Debian's
// Chromium through playwright-core, and ways to find and use the page's widgets.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = process.env.BPA_DIST || path.join(root, 'dist');
export const outputDir = path.join(here, 'output');
fs.mkdirSync(outputDir, { recursive: true });

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
                '.json': 'application/json', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

// Serves `dir` on 127.0.0.1 at a free port; records every path asked for.
export async function startServer(dir = dist) {
  const requested = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requested.push(url.pathname);
    let p = path.join(dir, decodeURIComponent(url.pathname));
    if (!p.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
    fs.readFile(p, (err, data) => {
      if (err) { res.writeHead(404); res.end('not found'); return; }
      res.writeHead(200, { 'Content-Type': types[path.extname(p)] || 'application/octet-stream',
                           'Cache-Control': 'no-store' });
      res.end(data);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  // Closing also ends the connections a browser keeps open for later requests.
  return { url: `http://127.0.0.1:${port}/`, requested,
           close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) };
}

// Debian's Chromium, as its headless shell (the browser without its windows,
// which Playwright itself runs for headless tests): the same engine, a quarter
// less CPU over the tests. BPA_CHROMIUM names another (/usr/bin/chromium).
export const chromiumPath = process.env.BPA_CHROMIUM ||
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => fs.existsSync(p)) || '/usr/bin/chromium';

export const chromiumArgs = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
  // The page's WebGL still draws through SwiftShader; the browser composites
  // the page in software, which costs a quarter less per frame without a GPU.
  '--disable-gpu-compositing',
  // A page left is unloaded, not kept frozen in memory (tabs are reused between tests).
  '--disable-features=BackForwardCache'];

// BPA_TEST_PROFILE=1 prints, when the file's tests are done, where their time
// went: the total milliseconds and calls of each helper (nested ones overlap).
const profile = process.env.BPA_TEST_PROFILE ? new Map() : null;
if (profile) {
  process.on('exit', () => {
    const rows = [...profile].sort((a, b) => b[1].ms - a[1].ms)
      .map(([k, v]) => `${k.padEnd(14)} ${String(Math.round(v.ms)).padStart(7)} ms ${String(v.n).padStart(5)} calls`);
    process.stderr.write(`-- time in ${process.argv[1] ? path.basename(process.argv[1]) : ''}\n${rows.join('\n')}\n`);
  });
}
async function timed(name, promise) {
  if (!profile) return promise;
  const t0 = performance.now();
  try { return await promise; } finally {
    const e = profile.get(name) || { ms: 0, n: 0 };
    e.ms += performance.now() - t0; e.n++;
    profile.set(name, e);
  }
}

// One browser per test file (each file runs in a process of its own), closed
// when the file's tests are done; each test gets a fresh context of its own.
// The closing hook is the file's own, registered while the file loads: one
// registered inside a test belongs to that test and would close the browser
// after it, so that every test started a browser of its own.
let sharedBrowser = null;
async function browser() {
  if (!sharedBrowser) {
    sharedBrowser = chromium.launch({ executablePath: chromiumPath,
                                      headless: true, args: chromiumArgs });
  }
  return sharedBrowser;
}
if (/\.test\.mjs$/.test(process.argv[1] || '')) {
  after(async () => {
    if (!sharedBrowser) return;
    const b = await sharedBrowser;
    sharedBrowser = null;
    await b.close();
  });
}

// A fresh context (its own IndexedDB, kept across reloads) in the file's browser.
// A page's options with the defaults filled in, always in the same order.
function pageOptions({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, locale = 'nb-NO',
                       acceptDownloads = true, hasTouch = false } = {}) {
  return { viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor, locale, acceptDownloads,
           hasTouch };
}

export async function open(options) {
  const context = await (await browser()).newContext(pageOptions(options));
  await context.addInitScript(keepPageErrors);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

// An error nobody caught stops the page's frame loop: the waits below then
// fail at once with that error instead of waiting for a page that is gone.
function keepPageErrors() {
  window.bpaPageErrors = [];
  window.addEventListener('error', (e) => window.bpaPageErrors.push(String(e.message || e.error)));
}

// A browser of its own with a profile of its own, kept across reloads and
// restarts (IndexedDB): for the benchmarks' cold loads.
export async function launch({ profile, ...options } = {}) {
  const dir = profile || fs.mkdtempSync(path.join(os.tmpdir(), 'bpa-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true, args: chromiumArgs, ...pageOptions(options),
  });
  await context.addInitScript(keepPageErrors);
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors, profile: dir };
}

// Tabs kept between the tests of a file, one per set of options. A test that
// leaves its tab as it found it hands it to the next test with the same
// options, which opens the page from a server of its own: a new port is a new
// origin, with IndexedDB, local storage and service workers of its own. Taking
// a new tab costs a renderer process of its own, about 1.4 s of CPU a test.
const spareTabs = new Map();  // options, as JSON -> { context, page, errors }

// What a test may do with a kept tab and still hand it on: anything else (an
// init script, the clock, a listener, another viewport, another tab, a CDP
// session, closing) might outlive the test, and the tab is closed after it.
const harmless = {
  page: new Set(['evaluate', 'waitForFunction', 'waitForEvent', 'waitForTimeout', 'waitForLoadState', 'mouse',
                 'keyboard', 'touchscreen', 'screenshot', 'reload', 'goto', 'getByRole', 'locator', 'focus',
                 'viewportSize', 'url', 'isClosed', 'context', 'then']),
  context: new Set(['waitForEvent', 'pages', 'then']),
};
const rawOf = new WeakMap();  // a watched page or context -> the page or context itself
const raw = (o) => rawOf.get(o) || o;
function watch(tab) {
  const touched = [];
  const watched = (target, kind, extra = {}) => {
    const proxy = new Proxy(target, {
      get(t, prop) {
        if (prop in extra) return extra[prop];
        if (typeof prop === 'string' && !harmless[kind].has(prop)) touched.push(`${kind}.${prop}`);
        const v = Reflect.get(t, prop, t);
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
    rawOf.set(proxy, target);
    return proxy;
  };
  const context = watched(tab.context, 'context');
  const page = watched(tab.page, 'page', { context: () => context });
  return { page, context, touched };
}


// Serves the page, opens it in a tab of a fresh origin (a kept tab of the
// file's browser or a new context), waits for the first frame, runs
// `body({ page, context, errors, srv })`, and closes or keeps the tab.
export async function withPage(options, body) {
  const srv = await startServer();
  const key = JSON.stringify(pageOptions(options));
  const tab = spareTabs.get(key) || await timed('open', open(options));
  spareTabs.delete(key);
  const { context, page, touched } = watch(tab);
  const errors = tab.errors;
  let handOn = false;
  try {
    errors.length = 0;
    await timed('load', (async () => { await tab.page.goto(srv.url); await ready(tab.page); })());
    const result = await timed('body', body({ page, context, errors, srv }));
    if (checkParts) {
      const wrong = await tab.page.evaluate(() => [Module.bpa.partsWrong, Module.bpa.firstWrongPart]).catch(() => [0]);
      if (wrong[0]) throw new Error(`frames drawn in part that differ from the frame drawn whole: ${JSON.stringify(wrong)}`);
    }
    handOn = touched.length === 0 && !tab.page.isClosed() && tab.context.pages().length === 1;
    if (profile && touched.length) process.stderr.write(`-- tab not kept after: ${[...new Set(touched)].join(', ')}\n`);
    return result;
  } finally {
    if (profile) {
      const f = await tab.page.evaluate(() => [Module.bpa.frames, performance.now() - Module.bpa.startedAt,
                                                Module.bpa.drawn, Module.bpa.partFrames]).catch(() => null);
      if (f) {
        const e = profile.get('page life') || { ms: 0, n: 0 }; e.ms += f[1]; e.n += f[0]; profile.set('page life', e);
        // The frames drawn, whole and in part (as calls; no time).
        for (const [name, n] of [['drawn whole', f[2] - f[3]], ['drawn in part', f[3]]]) {
          const d = profile.get(name) || { ms: 0, n: 0 }; d.n += n; profile.set(name, d);
        }
      }
    }
    // Changes the page could not store would ask before the next test leaves the page.
    if (handOn) {
      handOn = await tab.page.evaluate(() => !!window.Module && !!Module.bpa && Module.bpa.unsaved.size === 0 &&
                                              !(Module._bpa_unsaved && Module._bpa_unsaved())).catch(() => false);
    }
    if (handOn) spareTabs.set(key, tab);
    else await timed('close', tab.context.close());
    await srv.close();
  }
}

// Waits until the first frame is drawn, switches the test hooks on (they cost
// nothing until then) and waits until the page has drawn its widgets and rests.
// BPA_CHECK_PARTS=1: every frame the page draws in part is compared with the
// same frame drawn whole (test 32 does so for its own steps), and a test run
// with withPage whose page drew a part that differs fails.
const checkParts = !!process.env.BPA_CHECK_PARTS;
export async function ready(page, timeout = 60000) {
  await page.waitForFunction(() => window.Module && Module.bpa && Module.bpa.firstFrameAt !== null, null, { timeout });
  await page.evaluate((checkParts) => {
    if (Module._bpa_test_hooks) Module._bpa_test_hooks(1);
    if (checkParts) Module.bpa.checkParts = true;
  }, checkParts);
  await settle(page, timeout);
}

// Only the tab in front draws (a browser gives a tab behind no animation
// frames, and the page draws in those): a test that waits on a page's frames
// looks at that tab first, as a person switching between two tabs does.
const fronts = new WeakMap();  // context -> the page last brought to the front
async function toFront(watchedPage) {
  const page = raw(watchedPage);
  const context = page.context();
  if (!fronts.has(context)) context.on('page', (p) => fronts.set(context, p));  // a new tab opens in front
  if (fronts.get(context) === page) return;
  if (context.pages().length > 1) await page.bringToFront();
  fronts.set(context, page);
}

// The page draws on demand: after input it draws until nothing changes, then
// rests (Module.bpa.asleep). Waits for that: every effect of the input so far
// is on screen and in the state. The first animation frame lets the browser
// deliver input it holds for the next frame. A page that draws every frame
// (Module.bpa.continuous, or an older build) counts as settled three frames on.
export async function settle(page, timeout = 30000) {
  await toFront(page);
  return timed('settle', page.evaluate((timeout) => new Promise((resolve, reject) => {
    const b = Module.bpa, deadline = performance.now() + timeout;
    let left = 3;
    const check = () => {
      const busy = b.frames !== undefined && !b.continuous ? !b.asleep : --left > 0;
      if (window.bpaPageErrors && window.bpaPageErrors.length) reject(new Error('the page failed: ' + window.bpaPageErrors[0]));
      else if (!busy) resolve();
      else if (performance.now() > deadline) reject(new Error('the page did not come to rest, busy: ' + b.busy));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }), timeout));
}

// Waits until the page rests with none of its own wake-ups (an autosave, a
// notice ending) due in the next `ms`: a test counting the frames an input
// builds counts no frames the page builds for itself.
export async function quiet(page, ms = 3000, timeout = 30000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await settle(page, timeout);
    const due = await page.evaluate(() => (Module.bpa.timer === null ? Infinity : Module.bpa.wakeAt - performance.now()));
    if (due > ms) return;
    if (Date.now() + due > deadline) throw new Error('the page keeps waking up by itself');
    await page.waitForTimeout(Math.max(0, due) + 20);
  }
}

// Waits until `n` more frames have been drawn, or the page rests.
export async function frames(page, n = 2, timeout = 30000) {
  await toFront(page);
  return timed('frames', page.evaluate(([n, timeout]) => new Promise((resolve, reject) => {
    const b = Module.bpa, deadline = performance.now() + timeout;
    const f0 = b.frames;
    let left = n + 1;
    const check = () => {
      const done = f0 === undefined ? --left <= 0 : b.frames >= f0 + n || b.asleep;
      if (window.bpaPageErrors && window.bpaPageErrors.length) reject(new Error('the page failed: ' + window.bpaPageErrors[0]));
      else if (done) resolve();
      else if (performance.now() > deadline) reject(new Error(`fewer than ${n} frames`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }), [n, timeout]));
}

// Waits for the next drawn frame (any change to the state comes with one);
// returns at once when `f0` is no longer the frame count.
async function nextFrame(page, f0, timeout) {
  if (f0 === undefined) return page.waitForTimeout(100);
  await toFront(page);
  await page.waitForFunction((f0) => Module.bpa.frames !== f0, f0, { timeout: Math.max(1, timeout), polling: 'raf' })
    .catch(() => {});
}

export async function state(page) {
  return JSON.parse(await page.evaluate(() => Module.ccall('bpa_test_state', 'string', [], [])));
}

export async function documentJson(page) {
  const text = await page.evaluate(() => Module.ccall('bpa_test_document', 'string', [], []));
  return text ? JSON.parse(text) : null;
}

// The rectangle of a marked widget, waiting until it is drawn.
export function locate(...a) { return timed('locate', locateImpl(...a)); }
async function locateImpl(page, id, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [r, f0] = await page.evaluate((i) => [Module.ccall('bpa_test_locate', 'string', ['string'], [i]), Module.bpa.frames], id);
    if (r) return JSON.parse(r);
    if (Date.now() > deadline) throw new Error(`widget ${id} is not on screen`);
    await nextFrame(page, f0, deadline - Date.now());
  }
}

// The rectangles of the marked widgets `ids` in one frame once the page
// rests, null for those not drawn (no waiting for widgets that never come).
export async function locateAll(page, ids) {
  await settle(page);
  const rects = await page.evaluate((ids) => ids.map((i) => Module.ccall('bpa_test_locate', 'string', ['string'], [i])), ids);
  return rects.map((r) => (r ? JSON.parse(r) : null));
}

// The widget's rectangle, scrolled into the window first as a user would
// (the mouse wheel over the widget's column) when it lies below or above it.
export function reveal(...a) { return timed('reveal', revealImpl(...a)); }
async function revealImpl(page, id) {
  const vp = page.viewportSize();
  for (let i = 0; i < 40; ++i) {
    const r = await locate(page, id);
    // Inside the window, and inside the part of its scrolling region that can be seen.
    let [top, bottom] = r.clip ? [Math.max(0, r.clip[1]), Math.min(vp.height, r.clip[3])] : [0, vp.height];
    // A table cell scrolled out of sight has an empty visible part: scroll over the window instead.
    if (bottom - top < 8) [top, bottom] = [0, vp.height];
    const mid = r.y + r.h / 2;  // a click lands on the middle: that must be seen
    const below = mid > bottom - 6, above = mid < top + 6;
    if (!below && !above) return r;
    await page.mouse.move(Math.min(Math.max(r.x + r.w / 2, 1), vp.width - 2), (top + bottom) / 2);
    await page.mouse.wheel(0, below ? Math.min(400, r.y + r.h - bottom + 40) : Math.max(-400, r.y - top - 40));
    await settle(page);
  }
  await page.screenshot({ path: path.join(outputDir, `reveal-failed-${id}.png`) });
  throw new Error(`widget ${id} could not be scrolled into the window: ${JSON.stringify(await locate(page, id))}`);
}

// Clicks a widget as a user does: a real mouse click at its centre.
export function click(page, id) { return timed('click', clickAt(page, id)); }
async function clickAt(page, id) {
  const r = await reveal(page, id);
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await frames(page, 1);  // hovered in a frame before the press (Dear ImGui's tabs ask for that)
  await page.mouse.down();
  await frames(page, 1);  // the press in a frame of its own, the release in a later one
  await page.mouse.up();
  await settle(page);
}

// Loads example arrangement n (0 Norwegian, 1 Danish) from the start screen.
export function loadExample(...a) { return timed('loadExample', loadExampleImpl(...a)); }
async function loadExampleImpl(page, n) {
  const before = (await state(page)).library.length;
  await click(page, `start.example${n}`);
  return until(page, (s) => s.library.length === before + 1, `example ${n}`);
}

// Opens fixed example n (0 Norwegian, 1 Danish) of March 2026 from
// tests/fixtures/examples as a user opens a file: chosen with the import
// button, kept as a new arrangement. For tests that need a known plan; the
// start screen's examples are laid out around today (loadExample).
export function openFixture(...a) { return timed('openFixture', openFixtureImpl(...a)); }
async function openFixtureImpl(page, n) {
  const name = ['no_eksempel.json', 'dk_eksempel.json'][n];
  const before = (await state(page)).library.length;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'top.import')]);
  await chooser.setFiles(path.join(root, 'tests/fixtures/examples', name));
  const s = await until(page, (s) => s.library.length === before + 1 || s.pending_import, `the file ${name}`);
  if (!s.pending_import) return s;
  await click(page, 'import.add');
  return until(page, (s) => s.library.length === before + 1, `the file ${name} as a new arrangement`);
}

// Switches to a screen by its navigation entry ("nav.assistants", ...).
export const go = (page, screen) => click(page, screen);

// Waits until `predicate(state)` holds.
export function until(...a) { return timed('until', untilImpl(...a)); }
async function untilImpl(page, predicate, what, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const f0 = await page.evaluate(() => Module.bpa.frames);
    const s = await state(page);
    if (predicate(s)) return s;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s)}`);
    await nextFrame(page, f0, deadline - Date.now());
  }
}

// Clicks into a text field, selects what is there, deletes it with the keys,
// and enters `text` as a tablet's keyboard, dictation or an input method
// does: as text into the focused input, not key by key (each key event waits
// for a frame; the tests of typing itself press the keys).
export function fill(...a) { return timed('fill', fillImpl(...a)); }
async function fillImpl(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');  // each key seen pressed in a frame, released in a later one
  await frames(page, 1);
  await page.keyboard.press('Backspace');
  await frames(page, 1);
  await page.keyboard.insertText(text);
  await settle(page);
}

// Waits until the open document satisfies `predicate` (the page applies input
// a frame or two after it arrives, and frames are slow on a loaded machine).
export function untilDocument(...a) { return timed('untilDocument', untilDocumentImpl(...a)); }
async function untilDocumentImpl(page, predicate, what, timeout = 10000, explain = null) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [text, f0] = await page.evaluate(() => [Module.ccall('bpa_test_document', 'string', [], []), Module.bpa.frames]);
    const doc = text ? JSON.parse(text) : null;
    if (doc && predicate(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}` + (explain ? ': ' + await explain() : ''));
    await nextFrame(page, f0, deadline - Date.now());
  }
}

// The settings record IndexedDB holds, as a JSON object (null when none is stored).
export function storedSettings(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('bpa-arbeidsleder');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('settings', 'readonly').objectStore('settings').get('settings');
      get.onsuccess = () => { db.close(); resolve(get.result ? JSON.parse(get.result.value) : null); };
      get.onerror = () => reject(get.error);
    };
  }));
}

// Waits until every write has reached IndexedDB.
export async function saved(page) {
  await page.waitForFunction(() => !Module.ccall('bpa_test_state', 'string', [], []).includes('"dirty":true'));
  await page.evaluate(() => Module.bpa.whenSaved());
}

export async function screenshot(page, name) {
  await settle(page);
  const file = path.join(outputDir, `${name}.png`);
  await timed('screenshot', page.screenshot({ path: file }));
  return file;
}

// Sets the page's clock to `when` (local time) and lets a frame take the new day.
export async function clockAt(page, when) {
  await page.clock.setFixedTime(new Date(when));
  await page.mouse.move(5, 5);
  await settle(page);
}

// The widget's mark in the last frame, or null when it was not drawn.
export async function drawn(page, id) {
  await settle(page);
  const r = await page.evaluate((i) => Module.ccall('bpa_test_locate', 'string', ['string'], [i]), id);
  return r ? JSON.parse(r) : null;
}

// Every text the page draws in one frame, as Dear ImGui logs it (labels,
// texts, buttons, tabs; not what is painted straight onto the plan's grid):
// one line per row of widgets.
export function drawnText(...a) { return timed('drawnText', drawnTextImpl(...a)); }
async function drawnTextImpl(page) {
  await settle(page);
  await page.evaluate(() => Module.ccall('bpa_test_log_text', null, [], []));
  await page.waitForFunction(() => Module.ccall('bpa_test_logged_text', 'string', [], []).length > 0, null,
                             { polling: 'raf', timeout: 15000 });
  return page.evaluate(() => Module.ccall('bpa_test_logged_text', 'string', [], []));
}

// The dates in a text as shown in nb and da ("30.11.2026"), as ISO dates ("2026-11-30").
export function isoDates(text) {
  return [...text.matchAll(/(\d{2})\.(\d{2})\.(\d{4})/g)].map((m) => `${m[3]}-${m[2]}-${m[1]}`);
}

// Drags the mouse from one point to another in small steps, a frame each, as a hand does.
export async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await settle(page);
  await page.mouse.down();
  await frames(page, 2);
  for (let i = 1; i <= 8; ++i) {
    await page.mouse.move(from.x + (to.x - from.x) * i / 8, from.y + (to.y - from.y) * i / 8);
    await frames(page, 1);
  }
  await frames(page, 2);
  await page.mouse.up();
  await settle(page);
}

// The point on an assistant's row of the week grid at `day` (0 = Monday) and `hour`.
export async function gridPoint(page, assistant, day, hour) {
  const row = await locate(page, `plan.row.${assistant}`);
  return { x: row.x + (day + hour / 24) * (row.w / 7), y: row.y + row.h / 2 };
}

// The page in Danish and/or at 150 % text, chosen as a user does (the
// language menu, Innstillinger → Visning); both are kept in the settings.
export async function useLayout(page, { lang, size150 } = {}) {
  if (lang && lang !== 'nb') {
    await click(page, 'top.language');
    await click(page, `top.language.${lang}`);
    await until(page, (s) => s.language === lang, lang);
  }
  if (size150) {
    await click(page, 'nav.settings');
    await click(page, 'settings.tab.display');
    await click(page, 'settings.size150');
  }
}
