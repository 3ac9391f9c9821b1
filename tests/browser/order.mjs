// Prints the browser test files in the order to start them: those listed in
// slow_first.txt first (longest first), then the others by name. With two
// files at a time, a long file started last would run alone at the end.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const files = fs.readdirSync(path.join(here, 'tests')).filter((f) => f.endsWith('.test.mjs')).sort();
const slow = fs.readFileSync(path.join(here, 'slow_first.txt'), 'utf8').split('\n')
  .map((l) => l.trim().split(/\s+/)[0]).filter((f) => f && !f.startsWith('#') && files.includes(f));
const rest = files.filter((f) => !slow.includes(f));
console.log([...slow, ...rest].map((f) => path.join('tests', f)).join('\n'));
