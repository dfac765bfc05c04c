import { expect, test } from 'vitest';
import { iriName } from './iri-name.js';

test.each([
  ['http://adlnet.gov/expapi/verbs/answered', 'answered'],
  ['http://adlnet.gov/expapi/activities/cmi.interaction', 'cmi.interaction'],
  ['https://w3id.org/fabrique/verbs/felt/', 'felt'],
  ['https://example.org/vocab#rated', 'rated'],
  ['https://example.org/a%20b', 'a b'],
  ['https://example.org/%E0%A4%A', '%E0%A4%A'],
  ['urn:x', 'urn:x'],
])('iriName %s', (iri, expected) => {
  expect(iriName(iri)).toBe(expected);
});
