import { expect, test } from 'vitest';
import { rangeFromSetting } from './number-line-range.js';

test.each([
  ['0-10', { key: '0-10', min: 0, max: 10, tolerance: 1 }],
  ['0-100', { key: '0-100', min: 0, max: 100, tolerance: 5 }],
  [undefined, { key: '0-10', min: 0, max: 10, tolerance: 1 }],
  ['0-1000', { key: '0-10', min: 0, max: 10, tolerance: 1 }],
  [100, { key: '0-10', min: 0, max: 10, tolerance: 1 }],
])('rangeFromSetting %j', (value, expected) => {
  expect(rangeFromSetting(value)).toEqual(expected);
});
