import type { Statement } from '@fabrique/sdk';
import { expect, test } from 'vitest';
import { type ForwardFilter, forwardFilterSchema, matchesForwardFilter } from './forward-filter.js';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const PLUGIN = 'fr.fabrique.testing.counter';

const statement = {
  actor: { mbox: 'mailto:learner@example.org' },
  verb: { id: ANSWERED },
  object: { id: 'http://example.org/items/7' },
  context: { contextActivities: { grouping: [{ id: 'http://example.org/classes/cm1' }] } },
} as Statement;

test.each<[string, ForwardFilter, string | null, boolean]>([
  ['empty filter', {}, null, true],
  ['verb listed', { verbs: [ANSWERED] }, null, true],
  ['verb not listed', { verbs: ['http://adlnet.gov/expapi/verbs/voided'] }, null, false],
  ['object prefix', { activityPrefixes: ['http://example.org/items/'] }, null, true],
  ['context prefix', { activityPrefixes: ['http://example.org/classes/'] }, null, true],
  ['no prefix matches', { activityPrefixes: ['http://other.org/'] }, null, false],
  ['plugin listed', { pluginIds: [PLUGIN] }, PLUGIN, true],
  ['plugin not listed', { pluginIds: ['fr.other.tool'] }, PLUGIN, false],
  ['client statement with plugin filter', { pluginIds: [PLUGIN] }, null, false],
  ['every list must match', { verbs: [ANSWERED], pluginIds: ['fr.other.tool'] }, PLUGIN, false],
])('filter %s', (_name, filter, pluginId, expected) => {
  expect(matchesForwardFilter(filter, statement, pluginId)).toBe(expected);
});

test.each([
  ['verb not an IRI', { verbs: ['answered'] }],
  ['empty verb list', { verbs: [] }],
  ['empty prefix', { activityPrefixes: [''] }],
  ['bad plugin id', { pluginIds: ['Not A Plugin'] }],
  ['unknown key', { actors: ['x'] }],
])('filter schema rejects %s', (_name, value) => {
  expect(forwardFilterSchema.safeParse(value).success).toBe(false);
});
