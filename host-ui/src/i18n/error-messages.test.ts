import { expect, test } from 'vitest';
import { describeError, hasErrorMessage } from './error-messages.js';
import { HOST_ERROR_CODES } from './host-error-codes.js';
import { templates } from './locales/en.js';

// Without a loaded locale, msg() returns the French source texts.
test.each(HOST_ERROR_CODES)('catalogue French for %s', (code) => {
  expect(hasErrorMessage(code)).toBe(true);
  const text = describeError({ code, message: 'server text' });
  expect(text).not.toBe('server text');
  expect(text).not.toBe('');
});

test.each(HOST_ERROR_CODES)('catalogue English for %s', (code) => {
  expect(Object.hasOwn(templates, `error.${code}`)).toBe(true);
});

test.each([
  [
    'invalid input with rule',
    { code: 'invalid-input', message: 'name: Too big: expected <=80', field: 'name' },
    'Le champ « Nom de la classe » est invalide : Too big: expected <=80',
  ],
  [
    'invalid input without message',
    { code: 'invalid-input', message: '', field: 'level' },
    'Le champ « Niveau » est invalide.',
  ],
  [
    'unknown field',
    { code: 'invalid-input', message: 'colour: Invalid option', field: 'colour' },
    'Le champ « colour » est invalide : Invalid option',
  ],
  [
    'unknown code with field',
    { code: 'too-dark', message: 'cardId: no light', field: 'cardId' },
    'Le champ « Image » est invalide : no light',
  ],
  [
    'finer message wins over rule',
    { code: 'invalid-class-name', message: 'A class name has 1 to 80 characters.', field: 'name' },
    "Le nom de la classe doit compter de 1 à 80 caractères, sans caractère de contrôle ni de changement de sens d'écriture.",
  ],
  [
    'invalid input without field',
    { code: 'invalid-input', message: 'Invalid value.' },
    'Une valeur saisie est invalide.',
  ],
  ['unknown code', { code: 'brand-new', message: 'Brand new failure.' }, 'Brand new failure.'],
  [
    'unknown code, empty message',
    { code: 'brand-new', message: '' },
    'Une erreur inattendue est survenue.',
  ],
])('describeError %s', (_case, error, expected) => {
  expect(describeError(error)).toBe(expected);
});

test('describeError settings with label', () => {
  const error = {
    code: 'invalid-settings',
    message: 'Invalid settings for fr.fabrique.fundamentals: Too big: expected number to be <=20',
    field: 'settings.rounds',
  };
  expect(describeError(error, 'Tours')).toBe(
    'Le champ « Tours » est invalide : Invalid settings for fr.fabrique.fundamentals: Too big: expected number to be <=20',
  );
});

test('nickname-too-long is gone', () => {
  expect(hasErrorMessage('nickname-too-long')).toBe(false);
});
