import { expect, test } from 'vitest';
import { scoreAnswer } from './answer-score.js';
import { NUMBER_LINE_RANGES, type NumberLineRange } from './number-line-range.js';

const SMALL = NUMBER_LINE_RANGES['0-10'];
const LARGE = NUMBER_LINE_RANGES['0-100'];

test.each([
  [SMALL, 7, 7, { absoluteError: 0, percentAbsoluteError: 0, success: true }],
  [SMALL, 6, 7, { absoluteError: 1, percentAbsoluteError: 10, success: true }],
  [SMALL, 8, 7, { absoluteError: 1, percentAbsoluteError: 10, success: true }],
  [SMALL, 5, 7, { absoluteError: 2, percentAbsoluteError: 20, success: false }],
  [SMALL, 0, 9, { absoluteError: 9, percentAbsoluteError: 90, success: false }],
  [LARGE, 42, 37, { absoluteError: 5, percentAbsoluteError: 5, success: true }],
  [LARGE, 32, 37, { absoluteError: 5, percentAbsoluteError: 5, success: true }],
  [LARGE, 43, 37, { absoluteError: 6, percentAbsoluteError: 6, success: false }],
  [LARGE, 100, 3, { absoluteError: 97, percentAbsoluteError: 97, success: false }],
])('scoreAnswer on %o: estimate %i for %i', (range, estimate, target, expected) => {
  expect(scoreAnswer(estimate, target, range)).toEqual(expected);
});

test('scoreAnswer rounds the percent to 0.1', () => {
  const thirty: NumberLineRange = { key: '0-10', min: 0, max: 30, tolerance: 1 };
  expect(scoreAnswer(1, 0, thirty).percentAbsoluteError).toBe(3.3);
  expect(scoreAnswer(2, 0, thirty).percentAbsoluteError).toBe(6.7);
});
