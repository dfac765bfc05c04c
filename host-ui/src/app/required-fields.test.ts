import { expect, test } from 'vitest';
import { emptyFields } from './required-fields.js';

test.each([
  [{ email: '', password: '' }, ['email', 'password']],
  [{ email: 'a@b.test', password: '' }, ['password']],
  [{ email: '', password: 'secret' }, ['email']],
  [{ email: 'a@b.test', password: 'secret' }, []],
  [{ name: ' ', level: 'CP' }, []],
  [{}, []],
])('emptyFields %j', (values, expected) => {
  expect(emptyFields(values)).toEqual(expected);
});
