import { describe, expect, test } from 'vitest';
import { languageMapSchema } from './language-map-schema.js';
import { parseWithIssues } from './parse-with-issues.js';

function issuesOf(value: unknown): [string, string][] {
  const result = parseWithIssues(languageMapSchema(10), value, 'The map');
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.code]);
}

describe('languageMapSchema', () => {
  test.each([
    ['French only', { fr: 'Bonjour' }],
    ['French and English', { fr: 'Bonjour', en: 'Hello' }],
    ['regional tag', { fr: 'Bonjour', 'fr-CA': 'Allô' }],
    ['ten code points', { fr: 'éèêëàâäôöû' }],
    ['astral characters', { fr: '😀'.repeat(10) }],
  ])('valid: %s', (_name, value) => {
    expect(issuesOf(value)).toEqual([]);
  });

  test.each([
    ['missing French', { en: 'Hello' }, [['', 'missing-french']]],
    ['empty map', {}, [['', 'missing-french']]],
    [
      'invalid tag',
      { fr: 'Bonjour', english: 'Hello', 'en US': 'Hi' },
      [['["en US"]', 'invalid-language-tag']],
    ],
    [
      'same tag twice',
      { fr: 'Bonjour', en: 'Hello', EN: 'Hi' },
      [['EN', 'duplicate-language-tag']],
    ],
    ['empty text', { fr: '' }, [['fr', 'empty-text']]],
    ['blank text', { fr: '\t \n' }, [['fr', 'empty-text']]],
    ['eleven code points', { fr: '😀'.repeat(11) }, [['fr', 'text-too-long']]],
    ['number value', { fr: 3 }, [['fr', 'invalid-type']]],
    ['array', ['fr'], [['', 'invalid-type']]],
  ])('invalid: %s', (_name, value, expected) => {
    expect(issuesOf(value)).toEqual(expected);
  });

  test('output keeps every language', () => {
    expect(languageMapSchema(80).parse({ fr: 'Oui', en: 'Yes' })).toEqual({ fr: 'Oui', en: 'Yes' });
  });
});
