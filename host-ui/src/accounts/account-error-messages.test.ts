import { expect, test } from 'vitest';
import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { describeError } from '../i18n/error-messages.js';
import { describeAccountError } from './account-error-messages.js';

// Without a loaded locale, msg() returns the French source texts.
test.each([
  ['email', "Cette adresse e-mail n'est pas valide."],
  ['displayName', 'Le nom doit compter de 1 à 80 caractères.'],
  ['role', 'Choisissez un rôle dans la liste.'],
  ['password', 'Le mot de passe doit compter de 12 à 1024 caractères.'],
])('describeAccountError invalid %s', (field, text) => {
  const error = new GraphqlRequestError('invalid-input', 'email: Invalid email address', field);
  expect(describeAccountError(error)).toBe(text);
});

test('describeAccountError short password', () => {
  const error = new GraphqlRequestError('password-too-short', '', 'password');
  expect(describeAccountError(error)).toBe('Le mot de passe doit compter au moins 12 caractères.');
});

test.each([
  new GraphqlRequestError('email-taken', 'An account already uses a@b.test.', 'email'),
  new GraphqlRequestError('forbidden', 'You do not have access to this resource.'),
  new GraphqlRequestError('invalid-input', 'x: too long', 'other'),
  new GraphqlRequestError('invalid-input', 'no field'),
])('describeAccountError shared $code', (error) => {
  expect(describeAccountError(error)).toBe(describeError(error));
});

test('describeAccountError email taken text', () => {
  const error = new GraphqlRequestError(
    'email-taken',
    'An account already uses a@b.test.',
    'email',
  );
  expect(describeAccountError(error)).toBe('Un compte utilise déjà cette adresse e-mail.');
});
