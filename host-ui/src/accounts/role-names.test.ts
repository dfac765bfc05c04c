import { expect, test } from 'vitest';
import { ADULT_ROLES } from '../graphql/schemas/user-schema.js';
import { roleName } from './role-names.js';

test('roleName distinct for each role', () => {
  const names = ADULT_ROLES.map(roleName);
  expect(new Set(names).size).toBe(ADULT_ROLES.length);
  expect(names.every((name) => name !== '')).toBe(true);
});

test('roleName teacher in French', () => {
  expect(roleName('TEACHER')).toBe('Enseignant·e');
});
