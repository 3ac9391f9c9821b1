// Runs the browser tests: every tests/*.test.mjs (or the files named), in
// BPA_TEST_JOBS (default 3) processes at a time.
//
//   node run.mjs                     all test files
//   node run.mjs tests/05_screens.test.mjs ...
//   node run.mjs --record            all, and keeps each file's time in durations.json
//
// The files are dealt to as many processes as run at a time, longest first to
// the process with the least to do (durations.json holds each file's seconds from
// a full run; a file not in it counts as the median). Each process imports
// Playwright and starts Chromium once for all its files, instead of once per
// file: about 1.8 s of CPU a file. Each file's tests still run in its order,
// each test in a tab of a fresh origin (lib.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const record = args.includes('--record');
const named = args.filter((a) => !a.startsWith('--')).map((f) => path.resolve(f));
const jobs = Math.max(1, Number(process.env.BPA_TEST_JOBS) || 3);
const durationsFile = path.join(here, 'durations.json');

const files = named.length ? named
  : fs.readdirSync(path.join(here, 'tests')).filter((f) => f.endsWith('.test.mjs')).sort()
    .map((f) => path.join(here, 'tests', f));
const known = fs.existsSync(durationsFile) ? JSON.parse(fs.readFileSync(durationsFile, 'utf8')) : {};
const seconds = Object.values(known).sort((a, b) => a - b);
const median = seconds.length ? seconds[Math.floor(seconds.length / 2)] : 1;
const weight = (f) => known[path.basename(f)] ?? median;

// Longest first, each to the process with the least so far.
const groups = Array.from({ length: Math.min(jobs, files.length) }, () => ({ files: [], seconds: 0 }));
for (const f of [...files].sort((a, b) => weight(b) - weight(a))) {
  const g = groups.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  g.files.push(f);
  g.seconds += weight(f);
}

// One entry file per process; its name ends in .test.mjs, so lib.mjs closes
// the process's browser when all its tests are done.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bpa-browser-tests-'));
const entries = groups.map((g, i) => {
  const entry = path.join(dir, `part${i + 1}.test.mjs`);
  fs.writeFileSync(entry, g.files.sort().map((f) => `import ${JSON.stringify(pathToFileURL(f).href)};\n`).join(''));
  console.log(`# part ${i + 1} (about ${Math.round(g.seconds)} s): ${g.files.map((f) => path.basename(f)).join(' ')}`);
  return entry;
});

const timesFile = path.join(dir, 'times.json');
const child = spawn(process.execPath, [
  '--test', `--test-concurrency=${jobs}`,
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  `--test-reporter=${path.join(here, 'report_times.mjs')}`, `--test-reporter-destination=${timesFile}`,
  ...entries], { cwd: here, stdio: 'inherit' });
const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(signal ? 1 : c)));

const times = fs.existsSync(timesFile) ? JSON.parse(fs.readFileSync(timesFile, 'utf8') || '{}') : {};
if (record && code === 0 && !named.length) {
  const rounded = Object.fromEntries(Object.entries(times).sort().map(([f, s]) => [f, Math.round(s * 10) / 10]));
  fs.writeFileSync(durationsFile, JSON.stringify(rounded, null, 2) + '\n');
  console.log(`# each file's time written to ${path.relative(process.cwd(), durationsFile)}`);
}
fs.rmSync(dir, { recursive: true, force: true });
process.exit(code);
