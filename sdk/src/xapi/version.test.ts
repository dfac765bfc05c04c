import { describe, expect, test } from 'vitest';
import { isStatementVersion } from './version.js';

describe('isStatementVersion', () => {
  test.each(['1.0.0', '1.0.3', '1.0.9', '1.0.10', '1.0'])('accepts %s', (value) => {
    expect(isStatementVersion(value)).toBe(true);
  });

  test.each([
    ['a later minor version', '1.1.0'],
    ['a major version 2', '2.0.0'],
    ['an earlier version', '0.9.9'],
    ['a pre-release', '1.0.0-beta'],
    ['a word', 'should fail'],
    ['a number', 1],
  ])('rejects %s', (_name, value) => {
    expect(isStatementVersion(value)).toBe(false);
  });
});
