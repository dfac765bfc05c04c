import { expect, test } from 'vitest';
import { activityIri } from './activity-iri.js';

const BASE = 'https://w3id.org/fabrique/activities/fr.fabrique.examples.hello';

test.each([
  [BASE, 'hello', `${BASE}/hello`],
  [`${BASE}/`, 'hello', `${BASE}/hello`],
  [BASE, '/number-line/0-10/7', `${BASE}/number-line/0-10/7`],
  [BASE, 'a b/c?d#e', `${BASE}/a%20b/c%3Fd%23e`],
  [BASE, 'élève', `${BASE}/%C3%A9l%C3%A8ve`],
])('activityIri %s + %s', (base, path, expected) => {
  expect(activityIri(base, path)).toBe(expected);
});

test.each(['', '/', 'a//b', 'a/', '../other', 'a/./b'])('activityIri rejects path "%s"', (path) => {
  expect(() => activityIri(BASE, path)).toThrow(
    expect.objectContaining({ code: 'invalid-activity-path' }),
  );
});
