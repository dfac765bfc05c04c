import { describe, expect, test } from 'vitest';
import { estimateJsonLength } from './json-size.js';

describe('estimateJsonLength', () => {
  test.each([
    ['short string', 'abc', 5],
    ['number', 1234, 4],
    ['null', null, 4],
    ['array', [1, 2, 3], 2 + 3 + 2],
    ['object', { a: 1 }, 2 + 3 + 1 + 1],
  ])('%s', (_name, value, expected) => {
    expect(estimateJsonLength(value, 1_000)).toBe(expected);
  });

  test('never below the JSON length for ASCII', () => {
    const value = {
      type: 'xapi.emit',
      id: 'r1',
      statement: { verb: { id: 'http://x.test/v' }, list: [1, 'two', null, true] },
    };
    expect(estimateJsonLength(value, 10_000)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
  });

  test('shared nesting stops early', () => {
    let nested: unknown[] = ['x'];
    for (let level = 0; level < 40; level++) nested = [nested, nested];
    const started = performance.now();
    expect(estimateJsonLength(nested, 65_536)).toBe(65_537);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('long string over limit', () => {
    expect(estimateJsonLength('x'.repeat(100), 50)).toBe(51);
  });
});
