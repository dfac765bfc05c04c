import { expect, test } from 'vitest';
import { formatJoinCode, isWellFormedJoinCode, normalizeJoinCode } from './join-code.js';

test.each([
  ['K7M2QP', 'K7M2QP'],
  ['k7m2qp', 'K7M2QP'],
  ['k7m 2qp', 'K7M2QP'],
  ['  K7M  2QP  ', 'K7M2QP'],
  ['K7M-2QP', 'K7M2QP'],
  ['K7M\t2QP\n', 'K7M2QP'],
  ['K7M\u00a02QP', 'K7M2QP'],
])('normalizeJoinCode %j', (input, expected) => {
  expect(normalizeJoinCode(input)).toBe(expected);
});

test.each([
  ['K7M2QP', true],
  ['234567', true],
  ['K7M2Q', false],
  ['K7M2QPX', false],
  ['K7M2Q0', false],
  ['K7M2QI', false],
  ['K7M2QL', false],
  ['K7M2QO', false],
  ['K7M2Q1', false],
  ['k7m2qp', false],
  ['', false],
])('isWellFormedJoinCode %s', (code, expected) => {
  expect(isWellFormedJoinCode(code)).toBe(expected);
});

test.each([
  ['K7M2QP', 'K7M 2QP'],
  ['K7M', 'K7M'],
  ['', ''],
])('formatJoinCode %j', (code, expected) => {
  expect(formatJoinCode(code)).toBe(expected);
});
