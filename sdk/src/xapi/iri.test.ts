import { describe, expect, test } from 'vitest';
import { isIri, MAX_IRI_LENGTH } from './iri.js';

describe('isIri', () => {
  test.each([
    'http://www.example.com/meetings/occurances/34534',
    'https://w3id.org/fabrique/xapi/extensions/response-time',
    'http://example.com/xapi/verbs#sent-a-statement',
    'mailto:ada@example.com',
    'urn:uuid:6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
    'tag:example.com,2004:activity',
    'http://[::1]:8080/a?b=c#d',
    'http://192.168.0.1/path',
    'http://user:secret@example.com:80/p?q=1&r=2#f',
    'http://例え.jp/パス?クエリ#断片',
    'http://example.com/a%20b',
  ])('accepts %s', (value) => {
    expect(isIri(value)).toBe(true);
  });

  test.each([
    ['an empty string', ''],
    ['no scheme', 'www.example.com/meetings'],
    ['no scheme with a space', 'should fail'],
    ['an invalid scheme character', 'ab=c://should.fail.com'],
    ['a scheme starting with a digit', '1http://example.com'],
    ['a fragment only', '#part'],
    ['a space', 'http://example.com/a b'],
    ['a bad percent encoding', 'http://example.com/%zz'],
    ['two fragments', 'http://example.com/a#b#c'],
    ['a pipe', 'http://example.com/a|b'],
    ['a backslash', 'X:\\meetings\\minutes'],
    ['brackets in the query', 'http://example.com/?a[]=1'],
    ['a bad IPv6 literal', 'http://[::g]/'],
    ['a number', 12345],
    ['an object', { id: 'http://example.com' }],
  ])('rejects %s', (_name, value) => {
    expect(isIri(value)).toBe(false);
  });

  test.each([
    ['a long path', `http://example.com/${'a'.repeat(100_000)} `],
    ['a long host', `http://${'a'.repeat(100_000)} `],
    ['a long user info', `http://${'a:'.repeat(50_000)} `],
    ['many segments', `x:${'/a'.repeat(50_000)}?${'?'.repeat(50_000)} `],
  ])('rejects hostile input with %s in linear time', (_name, value) => {
    const start = performance.now();
    expect(isIri(value)).toBe(false);
    expect(performance.now() - start).toBeLessThan(250);
  });

  test('longer than the maximum', () => {
    expect(isIri(`http://example.org/${'a'.repeat(MAX_IRI_LENGTH)}`)).toBe(false);
  });

  test('ten million characters', () => {
    expect(isIri(`http://example.org/${'a'.repeat(10_000_000)}`)).toBe(false);
  });
});
