import { expect, test } from 'vitest';
import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { readInteger, settingError } from './plugin-settings-form.js';

test.each([
  ['5', { min: 1, max: 20 }, 5],
  [' 7 ', {}, 7],
  ['-3', { min: -5 }, -3],
  ['1', { min: 1, max: 1 }, 1],
  ['0', { min: 1, max: 20 }, undefined],
  ['21', { min: 1, max: 20 }, undefined],
  ['2.5', {}, undefined],
  ['1e3', {}, undefined],
  ['', {}, undefined],
  ['abc', {}, undefined],
  ['99999999999999999999', {}, undefined],
])('readInteger %j within %j', (text, bounds, expected) => {
  expect(readInteger(text, bounds)).toBe(expected);
});

test.each([
  ['range', true],
  ['settings.range', true],
  ['settings.rounds', false],
  [undefined, false],
])('settingError with field %s', (field, matches) => {
  const error = new GraphqlRequestError('invalid-input', 'Valeur invalide.', field);
  expect(settingError(error, 'range')).toBe(matches ? error : undefined);
});
