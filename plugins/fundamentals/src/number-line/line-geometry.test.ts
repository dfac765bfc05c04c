import { expect, test } from 'vitest';
import { clampToRange, fractionOfValue, valueAtOffset } from './line-geometry.js';
import { NUMBER_LINE_RANGES } from './number-line-range.js';

const SMALL = NUMBER_LINE_RANGES['0-10'];
const LARGE = NUMBER_LINE_RANGES['0-100'];

test.each([
  [SMALL, 0, 0],
  [SMALL, 300, 10],
  [SMALL, 210, 7],
  [SMALL, 224, 7],
  [SMALL, 225, 8],
  [SMALL, -40, 0],
  [SMALL, 345, 10],
  [LARGE, 111, 37],
  [LARGE, 150, 50],
])('valueAtOffset on %o at %d px of 300', (range, offset, expected) => {
  expect(valueAtOffset(offset, 300, range)).toBe(expected);
});

test('valueAtOffset on an empty line is the minimum', () => {
  expect(valueAtOffset(10, 0, SMALL)).toBe(0);
});

test.each([
  [SMALL, 7, 0.7],
  [LARGE, 25, 0.25],
  [LARGE, 0, 0],
  [LARGE, 100, 1],
])('fractionOfValue on %o of %i', (range, value, expected) => {
  expect(fractionOfValue(value, range)).toBe(expected);
});

test('valueAtOffset inverts fractionOfValue', () => {
  for (let value = 0; value <= 100; value++) {
    expect(valueAtOffset(fractionOfValue(value, LARGE) * 873, 873, LARGE)).toBe(value);
  }
});

test.each([
  [-1, 0],
  [4, 4],
  [11, 10],
])('clampToRange %i', (value, expected) => {
  expect(clampToRange(value, SMALL)).toBe(expected);
});
