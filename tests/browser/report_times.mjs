// A test reporter for run.mjs: the seconds each test file's tests took, as JSON
// ({ "05_screens.test.mjs": 31.0, ... }).
import path from 'node:path';

export default async function* times(source) {
  const seconds = {};
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0 && event.data.file) {
      const file = path.basename(event.data.file);
      seconds[file] = (seconds[file] || 0) + (event.data.details?.duration_ms || 0) / 1000;
    }
  }
  yield JSON.stringify(seconds);
}
