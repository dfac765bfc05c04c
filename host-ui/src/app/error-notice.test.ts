import { nothing } from 'lit';
import { expect, test } from 'vitest';
import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { describedBy, isFieldInError } from './error-notice.js';

const emailError = new GraphqlRequestError('email-taken', '', 'email');

test.each([
  ['error on field', emailError, [], 'email-error'],
  ['error on field with hint', emailError, ['email-hint'], 'email-hint email-error'],
  ['error elsewhere', new GraphqlRequestError('missing-value', '', 'name'), [], nothing],
  [
    'error elsewhere with hint',
    new GraphqlRequestError('forbidden', ''),
    ['email-hint'],
    'email-hint',
  ],
  ['no error', undefined, [], nothing],
])('describedBy %s', (_case, error, hints, expected) => {
  expect(describedBy(error, 'email', 'email-error', hints)).toBe(expected);
});

test.each([
  [emailError, 'email', true],
  [emailError, 'password', false],
  [new GraphqlRequestError('forbidden', ''), 'email', false],
  [undefined, 'email', false],
])('isFieldInError %#', (error, field, expected) => {
  expect(isFieldInError(error, field)).toBe(expected);
});
