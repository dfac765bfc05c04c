import { describe, expect, test } from 'vitest';
import { isDuration } from './duration.js';

describe('isDuration', () => {
  test.each([
    'PT1H0M0S',
    'PT1H0M0.1S',
    'PT4H35M59.14S',
    'PT16559.14S',
    'P3Y1M29DT4H35M59.14S',
    'P3Y',
    'P4W',
    'P1.5W',
    'PT1234S',
    'P0D',
    'PT36H',
    'P1DT0,5H',
  ])('accepts %s', (value) => {
    expect(isDuration(value)).toBe(true);
  });

  test.each([
    ['an invalid designator', 'PA1H0M0S'],
    ['weeks with days', 'P4W1D'],
    ['no component', 'P'],
    ['T without time', 'PT'],
    ['a trailing T', 'P1DT'],
    ['seconds before T', 'P16559.14S'],
    ['the alternative format', 'P0003-06-04T12:30:05'],
    ['a fraction before the last component', 'PT1.5H30M'],
    ['a negative duration', '-PT1S'],
    ['lower-case designators', 'pt1h'],
    ['components out of order', 'PT1S1M'],
    ['a word', 'should fail'],
    ['a number', 12345],
  ])('rejects %s', (_name, value) => {
    expect(isDuration(value)).toBe(false);
  });
});
