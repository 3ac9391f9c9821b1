import * as lib from './lib.mjs';
import { test } from 'node:test';
if (process.env.EXTRA) lib.chromiumArgs.push(...process.env.EXTRA.split(' '));
for (let i = 0; i < 11; ++i) test('empty ' + i, async () => { await lib.withPage({}, async ({ page }) => {}); });
