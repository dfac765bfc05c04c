import { expect, test } from 'vitest';
import { type AccountFormValues, isAdultRole, readAccountInput } from './account-input.js';

const valid: AccountFormValues = {
  email: 'chercheuse@ecole.test',
  displayName: 'Chercheuse',
  role: 'RESEARCHER',
  password: 'douze lettres',
};

test('readAccountInput trims e-mail and name', () => {
  const result = readAccountInput({ ...valid, email: '  a@b.test ', displayName: ' Ana ' });
  expect(result).toEqual({
    ok: true,
    input: { email: 'a@b.test', displayName: 'Ana', role: 'RESEARCHER', password: 'douze lettres' },
  });
});

test('readAccountInput keeps password spaces', () => {
  const result = readAccountInput({ ...valid, password: ' twelve chars ' });
  expect(result.ok).toBe(true);
  if (result.ok) {
    expect(result.input.password).toBe(' twelve chars ');
  }
});

test.each<[string, Partial<AccountFormValues>, string, string]>([
  ['empty e-mail', { email: '   ' }, 'missing-value', 'email'],
  ['empty name', { displayName: '' }, 'missing-value', 'displayName'],
  ['empty role', { role: '' }, 'missing-value', 'role'],
  ['empty password', { password: '' }, 'missing-value', 'password'],
  ['first empty field wins', { email: '', password: '' }, 'missing-value', 'email'],
  ['e-mail over 254', { email: `${'a'.repeat(250)}@b.fr` }, 'invalid-input', 'email'],
  ['name over 80', { displayName: 'n'.repeat(81) }, 'invalid-input', 'displayName'],
  ['unknown role', { role: 'PUPIL' }, 'invalid-input', 'role'],
  ['lower-case role', { role: 'admin' }, 'invalid-input', 'role'],
  ['password of 11', { password: 'a'.repeat(11) }, 'password-too-short', 'password'],
  ['password over 1024', { password: 'a'.repeat(1025) }, 'invalid-input', 'password'],
])('readAccountInput %s', (_case, change, code, field) => {
  const result = readAccountInput({ ...valid, ...change });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
  }
});

test.each([
  ['a'.repeat(12), true],
  ['a'.repeat(1024), true],
  ['éééééééééééé', true],
])('readAccountInput password %#', (password, ok) => {
  expect(readAccountInput({ ...valid, password }).ok).toBe(ok);
});

test.each([
  ['ADMIN', true],
  ['TEACHER', true],
  ['RESEARCHER', true],
  ['REVIEWER', true],
  ['PUPIL', false],
  ['', false],
])('isAdultRole %s', (role, expected) => {
  expect(isAdultRole(role)).toBe(expected);
});
