import { describe, expect, test } from 'vitest';
import { isLanguageTag } from './language-tag.js';

describe('isLanguageTag', () => {
  test.each([
    'fr',
    'en-US',
    'de',
    'tlh',
    'cmn',
    'ase',
    'zh-Hant',
    'zh-Hans-CN',
    'sr-Latn-RS',
    'es-419',
    'de-CH-1901',
    'en-US-x-twain',
    'x-private',
    'i-klingon',
    'EN-us',
  ])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  test.each([
    ['an empty string', ''],
    ['a word', 'something'],
    ['a too long subtag', 'a12345678'],
    ['a digit in the language', 'a12345'],
    ['a too long variant', 'zh-something-ccc'],
    ['a repeated singleton', 'zh-z-aaa-z-bbb-c-ccc'],
    ['a repeated variant', 'de-DE-1901-1901'],
    ['an empty subtag', 'en--US'],
    ['a trailing hyphen', 'en-'],
    ['an underscore', 'en_US'],
    ['a number', 12],
  ])('rejects %s', (_name, tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
});
