import { expect, test } from 'vitest';
import { isLanguageTag } from './language-tag.js';

test.each([
  ['fr', true],
  ['en', true],
  ['fr-CA', true],
  ['en-GB', true],
  ['oc-aranes', true],
  ['zh-Hant-TW', true],
  ['es-419', true],
  ['gsw', true],
  ['FR', true],
  ['fr_CA', false],
  ['f', false],
  ['x-klingon', false],
  ['i-klingon', false],
  ['fr-', false],
  ['en-GB-abcdefghi', false],
  ['', false],
  ['français', false],
])('isLanguageTag %j is %s', (tag, expected) => {
  expect(isLanguageTag(tag)).toBe(expected);
});
