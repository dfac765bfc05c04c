import { expect, test } from 'vitest';
import { describeForwardFilter } from './forward-filter-text.js';

// Without a loaded locale, msg() returns the French source texts.
test.each([
  ['no condition', {}, ['Toutes les traces']],
  [
    'verbs',
    { verbs: ['http://adlnet.gov/expapi/verbs/answered', 'http://adlnet.gov/expapi/verbs/passed'] },
    ['Verbes : http://adlnet.gov/expapi/verbs/answered, http://adlnet.gov/expapi/verbs/passed'],
  ],
  [
    'every condition',
    {
      verbs: ['http://adlnet.gov/expapi/verbs/answered'],
      activityPrefixes: ['https://example.org/'],
      pluginIds: ['fr.fabrique.number-line'],
    },
    [
      'Verbes : http://adlnet.gov/expapi/verbs/answered',
      "Identifiants d'activité commençant par : https://example.org/",
      'Plugins : fr.fabrique.number-line',
    ],
  ],
])('filter text: %s', (_name, filter, expected) => {
  expect(describeForwardFilter(filter)).toEqual(expected);
});
