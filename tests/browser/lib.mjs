// Shared helpers of the browser tests: a static server for dist/, Debian's
// Chromium through playwright-core, and ways to find and use the page's widgets.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = process.env.BPA_DIST || path.join(root, 'dist');
export const outputDir = path.join(here, 'output');
fs.mkdirSync(outputDir, { recursive: true });

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
                '.json': 'application/json', '.png': 'image/png' };

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
  return { url: `http://127.0.0.1:${port}/`, requested, close: () => new Promise((r) => server.close(r)) };
}

export const chromiumArgs = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];

// A browser profile of its own, kept across reloads and restarts (IndexedDB).
export async function launch({ profile, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1,
                               locale = 'nb-NO', acceptDownloads = true, hasTouch = false } = {}) {
  const dir = profile || fs.mkdtempSync(path.join(os.tmpdir(), 'bpa-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.BPA_CHROMIUM || '/usr/bin/chromium',
    headless: true, args: chromiumArgs, viewport, deviceScaleFactor, locale, acceptDownloads, hasTouch,
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors, profile: dir };
}

// Serves the page, opens it in a fresh browser profile, waits for the first
// frame, runs `body({ page, context, errors, srv })`, and closes everything.
export async function withPage(options, body) {
  const srv = await startServer();
  const { context, page, errors } = await launch(options);
  try {
    await page.goto(srv.url);
    await ready(page);
    return await body({ page, context, errors, srv });
  } finally {
    await context.close();
    await srv.close();
  }
}

// Waits until the first frame is drawn.
export async function ready(page, timeout = 60000) {
  await page.waitForFunction(() => window.Module && Module.bpa && Module.bpa.firstFrameAt !== null, null, { timeout });
  await page.waitForTimeout(300);
}

export async function state(page) {
  return JSON.parse(await page.evaluate(() => Module.ccall('bpa_test_state', 'string', [], [])));
}

export async function documentJson(page) {
  const text = await page.evaluate(() => Module.ccall('bpa_test_document', 'string', [], []));
  return text ? JSON.parse(text) : null;
}

// The rectangle of a marked widget, waiting until it is drawn.
export async function locate(page, id, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const r = await page.evaluate((i) => Module.ccall('bpa_test_locate', 'string', ['string'], [i]), id);
    if (r) return JSON.parse(r);
    if (Date.now() > deadline) throw new Error(`widget ${id} is not on screen`);
    await page.waitForTimeout(50);
  }
}

// Clicks a widget as a user does: a real mouse click at its centre.
export async function click(page, id) {
  const r = await locate(page, id);
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForTimeout(60);
  await page.mouse.down();
  await page.waitForTimeout(60);
  await page.mouse.up();
  await page.waitForTimeout(150);
}

// Loads example arrangement n (0 Norwegian, 1 Danish) from the start screen.
export async function loadExample(page, n) {
  const before = (await state(page)).library.length;
  await click(page, `start.example${n}`);
  return until(page, (s) => s.library.length === before + 1, `example ${n}`);
}

// Switches to a screen by its navigation entry ("nav.assistants", ...).
export const go = (page, screen) => click(page, screen);

// Waits until `predicate(state)` holds.
export async function until(page, predicate, what, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await state(page);
    if (predicate(s)) return s;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s)}`);
    await page.waitForTimeout(100);
  }
}

// Clicks into a text field, selects what is there and types `text`.
export async function fill(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.waitForTimeout(100);
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(100);
  await page.keyboard.type(text, { delay: 10 });
  await page.waitForTimeout(150);
}

// Waits until the open document satisfies `predicate` (the page applies input
// a frame or two after it arrives, and frames are slow on a loaded machine).
export async function untilDocument(page, predicate, what, timeout = 10000, explain = null) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await page.evaluate(() => Module.ccall('bpa_test_document', 'string', [], []));
    const doc = text ? JSON.parse(text) : null;
    if (doc && predicate(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}` + (explain ? ': ' + await explain() : ''));
    await page.waitForTimeout(100);
  }
}

// Waits until every write has reached IndexedDB.
export async function saved(page) {
  await page.waitForFunction(() => !Module.ccall('bpa_test_state', 'string', [], []).includes('"dirty":true'));
  await page.evaluate(() => Module.bpa.whenSaved());
}

export async function screenshot(page, name) {
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
