import { describe, expect, test } from 'vitest';
import { HOST_API_VERSION, isHostApiCompatible, isHostApiRange } from './host-api.js';

describe('isHostApiCompatible', () => {
  test.each([
    ['^1.0.0', HOST_API_VERSION, true],
    ['^1.0.0', '1.4.2', true],
    ['~1.0.0', '1.1.0', false],
    ['^2.0.0', '1.4.2', false],
    ['>=1.0.0 <3.0.0', '2.0.0', true],
    ['1.x || 2.x', '2.3.0', true],
    ['^1.2.0', '1.0.0', false],
    ['not a range', '1.0.0', false],
  ])('%s with host %s is %s', (range, hostVersion, expected) => {
    expect(isHostApiCompatible(range, hostVersion)).toBe(expected);
  });

  test('default host version', () => {
    expect(HOST_API_VERSION).toBe('1.0.0');
    expect(isHostApiCompatible('^1.0.0')).toBe(true);
  });
});

describe('isHostApiRange', () => {
  test.each([
    ['^1.0.0', true],
    ['1.x', true],
    ['>=1.0.0 <2.0.0', true],
    ['*', true],
    ['latest', false],
    ['^1.0.0 ||| 2', false],
    [`^1.0.0${' || ^1.0.0'.repeat(30)}`, false],
  ])('%s is %s', (range, expected) => {
    expect(isHostApiRange(range)).toBe(expected);
  });
});
