import { expect, test } from 'vitest';
import { languageMapSchema, pickLanguage } from './language-map.js';

test.each([
  [{ fr: 'Lapin', en: 'Rabbit' }, 'en', 'Rabbit'],
  [{ fr: 'Lapin', en: 'Rabbit' }, 'fr', 'Lapin'],
  [{ fr: 'Lapin' }, 'en', 'Lapin'],
  [{ fr: 'Lapin', en: 'Rabbit' }, 'en-GB', 'Rabbit'],
  [{ fr: 'Lapin', en: '' }, 'en', 'Lapin'],
  [{ de: 'Hase' }, 'en', 'Hase'],
  [{}, 'fr', ''],
  [{ fr: 'Lapin' }, 'constructor', 'Lapin'],
])('pickLanguage %j in %s', (map, locale, expected) => {
  expect(pickLanguage(map, locale)).toBe(expected);
});

test.each([
  [{ fr: 'a' }, { fr: 'a' }],
  ['text', {}],
  [null, {}],
  [{ fr: 3 }, {}],
])('languageMapSchema reads %j', (input, expected) => {
  expect(languageMapSchema.parse(input)).toEqual(expected);
});
