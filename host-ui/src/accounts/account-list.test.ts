import { expect, test } from 'vitest';
import type { User } from '../graphql/schemas/user-schema.js';
import { insertAccount } from './account-list.js';

function user(id: string, email: string): User {
  return { id, email, displayName: id, role: 'TEACHER' };
}

const admin = user('1', 'admin@ecole.test');
const teacher = user('2', 'enseignante@ecole.test');

test.each([
  ['first', user('3', 'aa@ecole.test'), ['3', '1', '2']],
  ['between', user('3', 'b@ecole.test'), ['1', '3', '2']],
  ['last', user('3', 'z@ecole.test'), ['1', '2', '3']],
  ['same e-mail after', user('3', 'admin@ecole.test'), ['1', '3', '2']],
])('insertAccount %s', (_case, added, ids) => {
  expect(insertAccount([admin, teacher], added).map((account) => account.id)).toEqual(ids);
});

test('insertAccount into empty list', () => {
  expect(insertAccount([], admin)).toEqual([admin]);
});

test('insertAccount replaces same id', () => {
  const renamed = { ...teacher, displayName: 'Nouveau nom' };
  expect(insertAccount([admin, teacher], renamed)).toEqual([admin, renamed]);
});

test('insertAccount leaves input unchanged', () => {
  const accounts = [admin];
  insertAccount(accounts, teacher);
  expect(accounts).toEqual([admin]);
});
