import { expect, test } from 'vitest';
import { emptyFields, readRequiredFields } from './required-fields.js';

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

function formData(entries: Readonly<Record<string, string>>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    data.append(name, value);
  }
  return data;
}

test.each([
  ['trimmed and as typed', { email: ' a@b.test ', password: ' secret ' }, ' secret '],
  ['password of spaces', { email: 'a@b.test', password: '   ' }, '   '],
])('readRequiredFields values %s', (_case, entries, password) => {
  const reading = readRequiredFields(formData(entries), { email: 'trim', password: 'as-typed' });
  expect(reading).toEqual({ ok: true, values: { email: 'a@b.test', password } });
});

test.each([
  ['both empty', { email: '', password: '' }, ['email', 'password']],
  ['email of spaces', { email: '  ', password: 'secret' }, ['email']],
  ['field absent', { email: 'a@b.test' }, ['password']],
  ['order of fields', { password: '', email: '' }, ['email', 'password']],
])('readRequiredFields missing %s', (_case, entries, fields) => {
  const reading = readRequiredFields(formData(entries), { email: 'trim', password: 'as-typed' });
  expect(reading.ok).toBe(false);
  const errors = reading.ok ? [] : reading.errors;
  expect(errors.map((error) => error.field)).toEqual(fields);
  expect(errors.map((error) => error.code)).toEqual(fields.map(() => 'missing-value'));
});
