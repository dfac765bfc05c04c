import { describe, expect, test } from 'vitest';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { a: value } : [value];
  return value;
}

describe('exceedsJsonDepth', () => {
  test.each([
    [0, false],
    [1, false],
    [MAX_JSON_DEPTH, false],
    [MAX_JSON_DEPTH + 1, true],
    [100_000, true],
  ])('depth %d exceeds: %s', (depth, expected) => {
    expect(exceedsJsonDepth(nested(depth))).toBe(expected);
  });

  test('wide value within depth', () => {
    expect(
      exceedsJsonDepth({ list: Array.from({ length: 10_000 }, (_, index) => ({ index })) }),
    ).toBe(false);
  });
});
