import { expect, test } from 'vitest';
import { fieldLabel, serverRule } from './field-error-message.js';

test.each([
  [
    'name: Too big: expected string to have <=80 characters',
    'name',
    'Too big: expected string to have <=80 characters',
  ],
  ['settings.rounds: Too small', 'settings.rounds', 'Too small'],
  [
    'Invalid settings for fr.fabrique.fundamentals: Invalid option',
    'settings.range',
    'Invalid settings for fr.fabrique.fundamentals: Invalid option',
  ],
  [
    'Variable "$level" got invalid value 5; String cannot represent a non string value: 5',
    'level',
    'Variable "$level" got invalid value 5; String cannot represent a non string value: 5',
  ],
  ['Invalid value', 'name', 'Invalid value'],
  ['', 'name', ''],
  ['name: ', 'name', ''],
])('serverRule %j', (message, field, expected) => {
  expect(serverRule(message, field)).toBe(expected);
});

test.each([
  ['name', 'Nom de la classe'],
  ['level', 'Niveau'],
  ['nickname', 'Surnom'],
  ['cardId', 'Image'],
  ['toString', 'toString'],
  ['unknown', 'unknown'],
])('fieldLabel %s', (field, expected) => {
  expect(fieldLabel(field)).toBe(expected);
});
