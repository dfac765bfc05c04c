import { describe, expect, test } from 'vitest';
import { describeInputValue, describeJsonType, formatIssuePath } from './issue-path.js';

describe('formatIssuePath', () => {
  test.each([
    [[], ''],
    [['actor'], 'actor'],
    [['context', 'contextActivities', 'parent', 0, 'id'], 'context.contextActivities.parent[0].id'],
    [['verb', 'display', 'en-US'], 'verb.display["en-US"]'],
    [['result', 'extensions', 'http://example.com/x'], 'result.extensions["http://example.com/x"]'],
    [[0, 'id'], '[0].id'],
  ])('formats %j', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});

describe('describeInputValue', () => {
  test('describeInputValue shortens long strings', () => {
    expect(describeInputValue('a'.repeat(100))).toBe(`"${'a'.repeat(80)}…"`);
  });

  test.each([
    [12, '12'],
    [false, 'false'],
    [null, undefined],
    [{ a: 1 }, undefined],
  ])('describes %j', (value, expected) => {
    expect(describeInputValue(value)).toBe(expected);
  });
});

describe('describeJsonType', () => {
  test.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [[1], 'an array'],
    [{}, 'an object'],
    ['x', 'a string'],
    [1, 'a number'],
    [true, 'a boolean'],
  ])('describes %j', (value, expected) => {
    expect(describeJsonType(value)).toBe(expected);
  });
});
