import { describe, expect, test } from 'vitest';
import { parseStatement } from './statement-schema.js';

function issuesOfVerb(verb: unknown) {
  const result = parseStatement({
    actor: { mbox: 'mailto:ada@example.com' },
    verb,
    object: { id: 'http://example.com/a' },
  });
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('verb schema', () => {
  test.each([
    ['an id only', { id: 'http://adlnet.gov/expapi/verbs/attended' }],
    ['an id with a fragment', { id: 'http://example.com/xapi/verbs#sent-a-statement' }],
    ['an empty display', { id: 'http://example.com/v', display: {} }],
    ['a German display', { id: 'http://example.com/v', display: { de: 'besucht' } }],
    [
      'a Serbian Cyrillic display',
      { id: 'http://example.com/v', display: { 'sr-Cyrl': 'присуствовао' } },
    ],
    [
      'displays in many scripts',
      {
        id: 'http://example.com/v',
        display: { 'ja-JP': '出席した', 'ar-EG': 'حضر', 'hy-AM': 'ներկա է գտնվել' },
      },
    ],
  ])('accepts %s', (_name, verb) => {
    expect(issuesOfVerb(verb)).toEqual([]);
  });

  test.each([
    ['no id', { display: { 'en-US': 'attended' } }, 'verb.id', 'missing-property'],
    ['an id without scheme', { id: 'adlnet.gov/expapi/verbs/attended' }, 'verb.id', 'invalid-iri'],
    ['an empty id', { id: '' }, 'verb.id', 'invalid-iri'],
    [
      'a numeric display',
      { id: 'http://example.com/v', display: 12345 },
      'verb.display',
      'invalid-language-map',
    ],
    [
      'a string display',
      { id: 'http://example.com/v', display: 'a12345 attended' },
      'verb.display',
      'invalid-language-map',
    ],
    [
      'an array display',
      { id: 'http://example.com/v', display: ['attended'] },
      'verb.display',
      'invalid-language-map',
    ],
    [
      'a display with an invalid tag',
      { id: 'http://example.com/v', display: { a12345: 'attended' } },
      'verb.display.a12345',
      'invalid-language-tag',
    ],
    [
      'a display with a numeric value',
      { id: 'http://example.com/v', display: { en: 1 } },
      'verb.display.en',
      'invalid-language-map',
    ],
    [
      'a display with a null value',
      { id: 'http://example.com/v', display: { 'en-US': null } },
      'verb.display["en-US"]',
      'null-property',
    ],
    [
      'an unknown property',
      { id: 'http://example.com/v', Display: {} },
      'verb.Display',
      'unknown-property',
    ],
    ['a verb string', 'attended', 'verb', 'invalid-type'],
  ])('rejects %s', (_name, verb, path, code) => {
    expect(issuesOfVerb(verb)).toContainEqual({ path, code });
  });
});
