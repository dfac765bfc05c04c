import { describe, expect, test } from 'vitest';
import { mediaTypeEssence, parseMediaType } from './media-type.js';

describe('parseMediaType', () => {
  test.each([
    ['application/json', 'application/json', {}],
    ['Application/JSON; charset=UTF-8', 'application/json', { charset: 'UTF-8' }],
    ['multipart/mixed; boundary=abc', 'multipart/mixed', { boundary: 'abc' }],
    ['multipart/mixed;boundary="a b;c"', 'multipart/mixed', { boundary: 'a b;c' }],
    ['multipart/mixed; BOUNDARY="a\\"b"', 'multipart/mixed', { boundary: 'a"b' }],
    ['multipart/mixed;', 'multipart/mixed', {}],
    ['text/plain ; charset=ascii ', 'text/plain', { charset: 'ascii' }],
  ])('%s', (value, essence, parameters) => {
    const type = parseMediaType(value);
    expect(type?.essence).toBe(essence);
    expect(Object.fromEntries(type?.parameters ?? [])).toEqual(parameters);
  });

  test.each(['', 'json', 'text/', '/plain', 'text/plain; charset', 'text/plain; a="unclosed'])(
    'rejects %j',
    (value) => {
      expect(parseMediaType(value)).toBeUndefined();
    },
  );
});

describe('mediaTypeEssence', () => {
  test('drops parameters', () => {
    expect(mediaTypeEssence('Text/Plain; charset=ascii')).toBe('text/plain');
  });

  test('falls back to trimmed value', () => {
    expect(mediaTypeEssence(' Not A Type ')).toBe('not a type');
  });
});
