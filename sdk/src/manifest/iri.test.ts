import { expect, test } from 'vitest';
import { isAbsoluteIri } from './iri.js';

test.each([
  ['http://adlnet.gov/expapi/verbs/answered', true],
  ['https://w3id.org/fabrique/xapi/extensions/target', true],
  ['https://example.org/verbs#answered', true],
  ['https://exemple.fr/activités/ligne', true],
  ['urn:uuid:6b1f2c1e-4c5e-4b8a-9d6f-1a2b3c4d5e6f', true],
  ['tag:fabrique.fr,2025:verb/answered', true],
  ['https://example.org/a%20b', true],
  ['answered', false],
  ['/expapi/verbs/answered', false],
  ['http://', false],
  ['https:///path', false],
  ['https://example.org/a b', false],
  ['https://example.org/<script>', false],
  ['https://example.org/a%2', false],
  ['https://example.org/\u0000', false],
  ['1http://example.org', false],
  ['mailto:', false],
  ['', false],
  [`https://example.org/${'a'.repeat(2048)}`, false],
])('isAbsoluteIri %j is %s', (iri, expected) => {
  expect(isAbsoluteIri(iri)).toBe(expected);
});
