import { describe, expect, test } from 'vitest';
import { parseStatementDraft } from './statement-draft-schema.js';

const question = {
  id: 'https://fabrique.example.org/plugins/fr.fabrique.fundamentals/questions/7',
  definition: {
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'choice',
    choices: [{ id: 'a' }, { id: 'b' }],
  },
};

const DRAFT = {
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { fr: 'a répondu' } },
  object: question,
};

function draftWith(overrides: Record<string, unknown>) {
  return { ...DRAFT, ...overrides };
}

function issuesOf(value: unknown) {
  const result = parseStatementDraft(value);
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('parseStatementDraft', () => {
  test.each([
    ['a verb and an Activity', DRAFT],
    ['the plugin statement id', draftWith({ id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' })],
    ['objectType Activity', draftWith({ object: { ...question, objectType: 'Activity' } })],
    [
      'a result',
      draftWith({
        result: {
          success: true,
          response: 'a',
          duration: 'PT4.2S',
          score: { raw: 1, min: 0, max: 1 },
        },
      }),
    ],
    ['a timestamp', draftWith({ timestamp: '2024-03-01T09:30:00.000+01:00' })],
    [
      'a context',
      draftWith({
        context: {
          contextActivities: {
            parent: [
              { id: 'https://fabrique.example.org/plugins/fr.fabrique.fundamentals/series/1' },
            ],
            category: [{ id: 'https://w3id.org/fabrique/xapi/profiles/fundamentals' }],
            other: [],
          },
          extensions: { 'https://w3id.org/fabrique/xapi/extensions/response-time': 4200 },
          language: 'fr',
        },
      }),
    ],
  ])('accepts %s', (_name, draft) => {
    expect(parseStatementDraft(draft)).toEqual({ success: true, data: draft });
  });

  test('wraps a single parent Activity in an array', () => {
    const parent = { id: 'https://fabrique.example.org/series/1' };
    const result = parseStatementDraft(draftWith({ context: { contextActivities: { parent } } }));
    const expected = draftWith({ context: { contextActivities: { parent: [parent] } } });
    expect(result).toEqual({ success: true, data: expected });
  });

  test.each([
    ['actor', { mbox: 'mailto:ada@example.com' }],
    ['authority', { mbox: 'mailto:lrs@example.com' }],
    ['stored', '2024-03-01T09:30:00.000Z'],
    ['version', '1.0.0'],
  ])('rejects %s as owned by the host', (property, value) => {
    expect(issuesOf(draftWith({ [property]: value }))).toEqual([
      { path: property, code: 'host-owned-property' },
    ]);
  });

  test.each([
    [
      'registration',
      { registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7' },
      'context.registration',
    ],
    [
      'grouping',
      { contextActivities: { grouping: [{ id: 'http://example.com/class' }] } },
      'context.contextActivities.grouping',
    ],
  ])('rejects the context %s as owned by the host', (_name, context, path) => {
    expect(issuesOf(draftWith({ context }))).toEqual([{ path, code: 'host-owned-property' }]);
  });

  test.each([
    ['instructor', { mbox: 'mailto:teacher@example.com' }],
    ['team', { objectType: 'Group', mbox: 'mailto:team@example.com' }],
    ['revision', 'r1'],
    ['platform', 'Fabrique'],
    ['statement', { objectType: 'StatementRef', id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' }],
  ])('rejects the context %s', (property, value) => {
    expect(issuesOf(draftWith({ context: { [property]: value } }))).toEqual([
      { path: `context.${property}`, code: 'forbidden-in-draft' },
    ]);
  });

  test('rejects attachments', () => {
    expect(issuesOf(draftWith({ attachments: [] }))).toEqual([
      { path: 'attachments', code: 'forbidden-in-draft' },
    ]);
  });

  test.each([
    ['an Agent', { objectType: 'Agent', mbox: 'mailto:ada@example.com' }],
    ['a Group', { objectType: 'Group', mbox: 'mailto:team@example.com' }],
    ['a StatementRef', { objectType: 'StatementRef', id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' }],
    [
      'a SubStatement',
      {
        objectType: 'SubStatement',
        actor: { mbox: 'mailto:ada@example.com' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
        object: question,
      },
    ],
  ])('rejects %s as object', (_name, object) => {
    expect(issuesOf(draftWith({ object }))).toEqual([
      { path: 'object.objectType', code: 'invalid-object-type' },
    ]);
  });

  test.each([
    ['an unknown property', { mood: 'happy' }, 'mood', 'unknown-property'],
    [
      'an unknown context property',
      { context: { mood: 'happy' } },
      'context.mood',
      'unknown-property',
    ],
    ['no verb', { verb: undefined }, 'verb', 'missing-property'],
    ['no object', { object: undefined }, 'object', 'missing-property'],
    ['a plugin id that is not a UUID', { id: 'attempt-1' }, 'id', 'invalid-uuid'],
    ['a verb id without scheme', { verb: { id: 'answered' } }, 'verb.id', 'invalid-iri'],
    [
      'a score out of range',
      { result: { score: { scaled: 2 } } },
      'result.score.scaled',
      'score-out-of-range',
    ],
    [
      'a timestamp without time zone',
      { timestamp: '2024-03-01T09:30:00' },
      'timestamp',
      'invalid-timestamp',
    ],
    [
      'an invalid language',
      { context: { language: 'fr_FR' } },
      'context.language',
      'invalid-language-tag',
    ],
    [
      'a voiding verb',
      { verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } },
      'object',
      'invalid-voiding',
    ],
  ])('rejects %s', (_name, overrides, path, code) => {
    const draft = JSON.parse(JSON.stringify(draftWith(overrides)));
    expect(issuesOf(draft)).toContainEqual({ path, code });
  });

  test('names the statement draft in root messages', () => {
    const result = parseStatementDraft('answered');
    expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'The statement draft must be an object, got a string.',
    ]);
  });
});
