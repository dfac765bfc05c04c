import { expect, test } from 'vitest';
import { templates } from '../i18n/locales/en.js';
import { activityTypeName, readableIriName, verbName } from './xapi-vocabulary-names.js';

// Without a loaded locale, msg() returns the French source texts.
test.each([
  ['http://adlnet.gov/expapi/verbs/answered', 'répondre à une question'],
  ['http://adlnet.gov/expapi/verbs/completed', 'terminer une série'],
  ['http://adlnet.gov/expapi/verbs/experienced', 'voir ou écouter un contenu'],
  ['https://w3id.org/fabrique/verbs/felt', 'felt'],
  ['http://example.com/xapi/verbs#sent-a-statement', 'sent a statement'],
  ['http://adlnet.gov/expapi/verbs/answered/', 'answered'],
])('verbName %s', (iri, expected) => {
  expect(verbName(iri)).toBe(expected);
});

test.each([
  ['http://adlnet.gov/expapi/activities/cmi.interaction', 'question'],
  ['http://adlnet.gov/expapi/activities/assessment', 'évaluation'],
  ['http://adlnet.gov/expapi/activities/lesson', 'leçon'],
  ['https://w3id.org/fabrique/activity-types/number_line', 'number line'],
  ['http://adlnet.gov/expapi/verbs/answered', 'answered'],
])('activityTypeName %s', (iri, expected) => {
  expect(activityTypeName(iri)).toBe(expected);
});

test.each([
  ['xapi-verb.answered', 'answer a question'],
  ['xapi-verb.completed', 'complete a series'],
  ['xapi-verb.experienced', 'see or hear content'],
  ['xapi-activity-type.cmi-interaction', 'question'],
  ['xapi-activity-type.assessment', 'assessment'],
  ['xapi-activity-type.lesson', 'lesson'],
])('English name %s', (id, expected) => {
  expect(templates[id as keyof typeof templates]).toBe(expected);
});

test.each([
  ['https://example.org/a%20b', 'a b'],
  ['https://example.org/--', 'https://example.org/--'],
  ['urn:x', 'urn:x'],
])('readableIriName %s', (iri, expected) => {
  expect(readableIriName(iri)).toBe(expected);
});
