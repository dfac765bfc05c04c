import { describe, expect, test } from 'vitest';
import { isIri } from './iri.js';
import {
  ADL_ACTIVITY_TYPES,
  ADL_VERBS,
  FABRIQUE_XAPI_NAMESPACE,
  fabriqueExtension,
} from './vocabulary.js';

describe('vocabulary', () => {
  test.each(Object.entries(ADL_VERBS))('ADL verb %s is an IRI', (name, iri) => {
    expect(iri).toBe(`http://adlnet.gov/expapi/verbs/${name}`);
    expect(isIri(iri)).toBe(true);
  });

  test.each(Object.entries(ADL_ACTIVITY_TYPES))('ADL activity type %s is an IRI', (_name, iri) => {
    expect(iri.startsWith('http://adlnet.gov/expapi/activities/')).toBe(true);
    expect(isIri(iri)).toBe(true);
  });

  test('cmi.interaction activity type', () => {
    expect(ADL_ACTIVITY_TYPES.cmiInteraction).toBe(
      'http://adlnet.gov/expapi/activities/cmi.interaction',
    );
  });

  test('fabriqueExtension builds the IRI', () => {
    expect(FABRIQUE_XAPI_NAMESPACE).toBe('https://w3id.org/fabrique/xapi/');
    expect(fabriqueExtension('response-time')).toBe(
      'https://w3id.org/fabrique/xapi/extensions/response-time',
    );
  });

  test.each(['', 'response time', 'a/b', '-x', 'é'])('fabriqueExtension rejects %j', (name) => {
    expect(() => fabriqueExtension(name)).toThrow(RangeError);
  });
});
