import { expect, test } from 'vitest';
import { isoDuration } from './iso-duration.js';

test.each([
  [0, 'PT0S'],
  [4, 'PT0S'],
  [10, 'PT0.01S'],
  [4_200, 'PT4.2S'],
  [60_000, 'PT1M'],
  [61_250, 'PT1M1.25S'],
  [3_600_000, 'PT1H'],
  [3_725_500, 'PT1H2M5.5S'],
])('isoDuration %i ms', (milliseconds, expected) => {
  expect(isoDuration(milliseconds)).toBe(expected);
});

test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('isoDuration rejects %s', (value) => {
  expect(() => isoDuration(value)).toThrow(expect.objectContaining({ code: 'invalid-duration' }));
});
