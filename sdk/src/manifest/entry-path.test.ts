import { expect, test } from 'vitest';
import { isEntryScriptPath } from './entry-path.js';

test.each([
  ['dist/pupil.js', true],
  ['pupil.js', true],
  ['dist/teacher/index.min.js', true],
  ['dist/.hidden/pupil.js', true],
  ['/dist/pupil.js', false],
  ['../pupil.js', false],
  ['dist/../pupil.js', false],
  ['./dist/pupil.js', false],
  ['dist//pupil.js', false],
  ['dist\\pupil.js', false],
  ['C:/dist/pupil.js', false],
  ['https://cdn.example.org/pupil.js', false],
  ['dist/pupil.mjs', false],
  ['dist/pupil.js?v=1', false],
  ['dist/pupil .js', false],
  ['', false],
])('isEntryScriptPath %j is %s', (path, expected) => {
  expect(isEntryScriptPath(path)).toBe(expected);
});
