import { describe, expect, test } from 'vitest';
import { checkDisplayText } from './display-text.js';

const rule = { field: 'name', min: 1, max: 5 };

describe('checkDisplayText', () => {
  test.each([
    ['  Léa  ', 'Léa'],
    ['e\u0301te\u0301', 'été'],
    ['👩‍👩‍👧‍👦🦊', '👩‍👩‍👧‍👦🦊'],
  ])('%j becomes %j', (input, expected) => {
    expect(checkDisplayText(input, rule)).toBe(expected);
  });

  test.each(['A\u0000B', 'A\u202eB', 'A\u0007', 'A\u2066B', '\u200fA'])(
    '%j rejected as control',
    (input) => {
      expect(() => checkDisplayText(input, rule)).toThrow(/control and text-direction/);
    },
  );

  test.each(['', '   ', 'abcdef'])('%j rejected by length', (input) => {
    expect(() => checkDisplayText(input, rule)).toThrow(/must have 1 to 5 characters/);
  });

  test('error carries the field', () => {
    expect(() => checkDisplayText('', rule)).toThrow(
      expect.objectContaining({ code: 'invalid-input', details: { field: 'name' } }),
    );
  });
});
