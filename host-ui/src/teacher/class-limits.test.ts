import { expect, test } from 'vitest';
import { displayLength } from './class-limits.js';

test.each([
  ['CM1 A', 5],
  ['Élise', 5],
  ['E\u0301lise', 5],
  ['👩‍🔬', 1],
  ['🇫🇷 Paris', 7],
  ['', 0],
])('displayLength %j', (text, expected) => {
  expect(displayLength(text)).toBe(expected);
});
