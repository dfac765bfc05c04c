import { describe, expect, test } from 'vitest';
import { parseStatementDraft } from '../xapi/statement-draft-schema.js';
import { statement } from './statement-builder.js';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const ITEM = 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/number-line/0-10/7';
const SERIES = 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/number-line/0-10';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const TARGET = 'https://w3id.org/fabrique/xapi/extensions/target';
const ERROR = 'https://w3id.org/fabrique/xapi/extensions/percent-absolute-error';

describe('StatementBuilder', () => {
  test('build returns the full draft', () => {
    const draft = statement()
      .id('0f8fad5b-d9cb-469f-a165-70867728950e')
      .verb(ANSWERED, { en: 'answered' })
      .activity(ITEM, { type: INTERACTION, interactionType: 'numeric', name: { fr: 'Sept' } })
      .response('6')
      .success(true)
      .completion(true)
      .score({ scaled: 0.5, raw: 5, min: 0, max: 10 })
      .duration('PT3.5S')
      .resultExtension(ERROR, 10)
      .contextExtension(TARGET, 7)
      .contextExtension('https://w3id.org/fabrique/xapi/extensions/number-line-range', {
        min: 0,
        max: 10,
      })
      .parent(SERIES)
      .timestamp(new Date('2025-03-14T09:30:00Z'))
      .build();
    expect(draft).toEqual({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      verb: { id: ANSWERED, display: { en: 'answered' } },
      object: {
        objectType: 'Activity',
        id: ITEM,
        definition: { type: INTERACTION, interactionType: 'numeric', name: { fr: 'Sept' } },
      },
      result: {
        response: '6',
        success: true,
        completion: true,
        score: { scaled: 0.5, raw: 5, min: 0, max: 10 },
        duration: 'PT3.5S',
        extensions: { [ERROR]: 10 },
      },
      context: {
        extensions: {
          [TARGET]: 7,
          'https://w3id.org/fabrique/xapi/extensions/number-line-range': { min: 0, max: 10 },
        },
        contextActivities: { parent: [{ objectType: 'Activity', id: SERIES }] },
      },
      timestamp: '2025-03-14T09:30:00.000Z',
    });
  });

  test('full draft passes the host draft schema', () => {
    const draft = statement()
      .id('0f8fad5b-d9cb-469f-a165-70867728950e')
      .verb(ANSWERED, { en: 'answered' })
      .activity(ITEM, {
        type: INTERACTION,
        interactionType: 'choice',
        name: { fr: 'Sept' },
        correctResponsesPattern: ['a'],
        choices: [{ id: 'a', description: { fr: 'A' } }],
      })
      .response('a')
      .success(true)
      .completion(true)
      .score({ scaled: 0.5, raw: 5, min: 0, max: 10 })
      .duration('PT3.5S')
      .resultExtension(ERROR, 10)
      .contextExtension(TARGET, { min: 0, max: 10 })
      .parent(SERIES)
      .timestamp(new Date('2025-03-14T09:30:00Z'))
      .build();
    const parsed = parseStatementDraft(draft);
    expect(parsed.success ? [] : parsed.issues).toEqual([]);
  });

  test('methods leave the receiver unchanged', () => {
    const base = statement().verb(ANSWERED).activity(ITEM);
    const right = base.success(true).resultExtension(ERROR, 0);
    const wrong = base.success(false);
    expect(base.build().result).toBeUndefined();
    expect(right.build().result).toEqual({ success: true, extensions: { [ERROR]: 0 } });
    expect(wrong.build().result).toEqual({ success: false });
  });

  test('build returns a copy', () => {
    const builder = statement().verb(ANSWERED).activity(ITEM).contextExtension(TARGET, [1, 2]);
    const first = builder.build().context?.extensions ?? {};
    (first[TARGET] as number[]).push(3);
    expect(builder.build().context?.extensions?.[TARGET]).toEqual([1, 2]);
  });

  test('activity without definition has none', () => {
    expect(statement().verb(ANSWERED).activity(ITEM, {}).build().object).toEqual({
      objectType: 'Activity',
      id: ITEM,
    });
  });

  test('parent appends activities', () => {
    const draft = statement().verb(ANSWERED).activity(ITEM).parent(SERIES).parent(`${SERIES}/b`);
    expect(draft.build().context?.contextActivities?.parent).toEqual([
      { objectType: 'Activity', id: SERIES },
      { objectType: 'Activity', id: `${SERIES}/b` },
    ]);
  });

  test.each([
    ['verb', () => statement().activity(ITEM).build()],
    ['activity', () => statement().verb(ANSWERED).build()],
  ])('build without %s throws', (missing, build) => {
    expect(build).toThrow(
      expect.objectContaining({ code: 'incomplete-statement', details: { missing } }),
    );
  });

  test.each([
    ['id', () => statement().id('not-a-uuid')],
    ['verb IRI', () => statement().verb('answered')],
    ['activity IRI', () => statement().activity('number-line/7')],
    ['activity type', () => statement().activity(ITEM, { type: 'interaction' })],
    ['duration', () => statement().duration('3.5 s')],
    ['empty duration', () => statement().duration('PT')],
    ['scaled above 1', () => statement().score({ scaled: 1.5 })],
    ['raw below min', () => statement().score({ raw: -1, min: 0 })],
    ['min above max', () => statement().score({ min: 10, max: 0 })],
    ['infinite raw', () => statement().score({ raw: Number.POSITIVE_INFINITY })],
    ['extension IRI', () => statement().resultExtension('error', 1)],
    ['parent IRI', () => statement().parent('series')],
    ['timestamp', () => statement().timestamp('yesterday')],
  ])('invalid %s throws', (_case, call) => {
    expect(call).toThrow(expect.objectContaining({ code: 'invalid-statement' }));
  });

  test.each(['PT4.2S', 'PT1H2M5.5S', 'P1DT2H', 'P3W', 'PT0S'])('duration %s accepted', (iso) => {
    expect(statement().duration(iso)).toBeDefined();
  });
});
