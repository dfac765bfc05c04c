import { describe, expect, test } from 'vitest';
import { parseStatement } from './statement-schema.js';

const parent = { id: 'http://www.example.com/meetings/series/267', objectType: 'Activity' };
const category = { id: 'http://www.example.com/meetings/categories/teammeeting' };

function statementWith(context: unknown, object: unknown = { id: 'http://example.com/a' }) {
  return {
    actor: { mbox: 'mailto:ada@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/attended' },
    object,
    context,
  };
}

function issuesOf(context: unknown, object?: unknown) {
  const result = parseStatement(statementWith(context, object));
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('context schema', () => {
  test.each([
    ['an empty context', {}],
    ['a registration', { registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7' }],
    [
      'revision and platform',
      { revision: 'rev_10_3_2', platform: 'Example virtual meeting software' },
    ],
    ['a three-letter language', { language: 'cmn' }],
    [
      'a StatementRef',
      { statement: { objectType: 'StatementRef', id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee' } },
    ],
    ['extensions with a null value', { extensions: { 'http://example.com/null': null } }],
    [
      'all four context activity keys',
      { contextActivities: { parent, grouping: [parent], category: [category], other: [] } },
    ],
  ])('accepts %s', (_name, context) => {
    expect(issuesOf(context)).toEqual([]);
  });

  test.each(['parent', 'grouping', 'category', 'other'])(
    'wraps a single %s Activity in an array',
    (key) => {
      const result = parseStatement(statementWith({ contextActivities: { [key]: category } }));
      const expected = statementWith({ contextActivities: { [key]: [category] } });
      expect(result).toEqual({ success: true, data: expected });
    },
  );

  test('keeps context activity arrays as given', () => {
    const contextActivities = { parent: [parent], other: [parent, category] };
    const statement = statementWith({ contextActivities });
    expect(parseStatement(statement)).toEqual({ success: true, data: statement });
  });

  test.each([
    ['a numeric registration', { registration: 12345 }, 'context.registration', 'invalid-uuid'],
    [
      'a registration object',
      { registration: { id: 'x' } },
      'context.registration',
      'invalid-uuid',
    ],
    [
      'a registration that is not a UUID',
      { registration: 'AA97B177-9383-4934-8543-0F91A7A028368' },
      'context.registration',
      'invalid-uuid',
    ],
    ['a null registration', { registration: null }, 'context.registration', 'null-property'],
    [
      'a contextActivities string',
      { contextActivities: 'parent' },
      'context.contextActivities',
      'invalid-type',
    ],
    [
      'an unknown context activity key',
      { contextActivities: { tags: [category] } },
      'context.contextActivities.tags',
      'unknown-property',
    ],
    [
      'a null context activity',
      { contextActivities: { parent: null } },
      'context.contextActivities.parent',
      'null-property',
    ],
    [
      'a null Activity in a context activity array',
      { contextActivities: { category: [null] } },
      'context.contextActivities.category[0]',
      'null-property',
    ],
    [
      'a context activity string',
      { contextActivities: { parent: 'http://example.com/a' } },
      'context.contextActivities.parent',
      'invalid-type',
    ],
    [
      'an Activity without IRI in an array',
      { contextActivities: { parent: [{ id: 'bad' }] } },
      'context.contextActivities.parent[0].id',
      'invalid-iri',
    ],
    [
      'a single Activity without IRI',
      { contextActivities: { grouping: { id: 'bad' } } },
      'context.contextActivities.grouping.id',
      'invalid-iri',
    ],
    [
      'an Agent as context activity',
      { contextActivities: { other: [{ objectType: 'Agent', id: 'http://example.com/a' }] } },
      'context.contextActivities.other[0].objectType',
      'invalid-object-type',
    ],
    ['a numeric revision', { revision: 12345 }, 'context.revision', 'invalid-type'],
    ['a platform object', { platform: { name: 'x' } }, 'context.platform', 'invalid-type'],
    ['an invalid language', { language: 'something' }, 'context.language', 'invalid-language-tag'],
    ['a numeric language', { language: 12345 }, 'context.language', 'invalid-language-tag'],
    [
      'a statement with objectType "statementref"',
      { statement: { objectType: 'statementref', id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee' } },
      'context.statement.objectType',
      'invalid-object-type',
    ],
    [
      'a statement without objectType',
      { statement: { id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee' } },
      'context.statement.objectType',
      'missing-property',
    ],
    [
      'a statement id that is not a UUID',
      { statement: { objectType: 'StatementRef', id: 'x' } },
      'context.statement.id',
      'invalid-uuid',
    ],
    [
      'an extension key without scheme',
      { extensions: { 'should fail': 1 } },
      'context.extensions["should fail"]',
      'invalid-iri',
    ],
    ['an unknown property', { conText: {} }, 'context.conText', 'unknown-property'],
  ])('rejects %s', (_name, context, path, code) => {
    expect(issuesOf(context)).toContainEqual({ path, code });
  });

  const nonActivityObjects = [
    ['an Agent', { objectType: 'Agent', mbox: 'mailto:bob@example.com' }],
    ['a Group', { objectType: 'Group', mbox: 'mailto:team@example.com' }],
    ['a StatementRef', { objectType: 'StatementRef', id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee' }],
    [
      'a SubStatement',
      {
        objectType: 'SubStatement',
        actor: { mbox: 'mailto:bob@example.com' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/attended' },
        object: { id: 'http://example.com/a' },
      },
    ],
  ] as const;

  test.each(nonActivityObjects)('rejects revision when the object is %s', (_name, object) => {
    expect(issuesOf({ revision: 'r1' }, object)).toEqual([
      { path: 'context.revision', code: 'requires-activity-object' },
    ]);
  });

  test.each(nonActivityObjects)('rejects platform when the object is %s', (_name, object) => {
    expect(issuesOf({ platform: 'p' }, object)).toEqual([
      { path: 'context.platform', code: 'requires-activity-object' },
    ]);
  });

  test('checks revision in a SubStatement', () => {
    const subStatement = {
      objectType: 'SubStatement',
      actor: { mbox: 'mailto:bob@example.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/attended' },
      object: { objectType: 'Agent', mbox: 'mailto:carol@example.com' },
      context: { revision: 'r1' },
    };
    expect(issuesOf(undefined, subStatement)).toEqual([
      { path: 'object.context.revision', code: 'requires-activity-object' },
    ]);
  });
});
