import { parseStatementDraft } from '@fabrique/sdk';
import { describe, expect, test } from 'vitest';
import { NUMBER_LINE_RANGES } from './number-line-range.js';
import type { AnsweredItem } from './number-line-series.js';
import { answeredStatement, completedStatement } from './number-line-statements.js';

const BASE = 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/';
const namer = { activityId: (path: string) => `${BASE}${path}` };
const EXT = 'https://w3id.org/fabrique/xapi/extensions/';

const ITEM: AnsweredItem = {
  index: 3,
  target: 7,
  estimate: 5,
  score: { absoluteError: 2, percentAbsoluteError: 20, success: false },
  durationMs: 4_200,
};

describe('answeredStatement', () => {
  test('describes the item, the answer and the line', () => {
    const draft = answeredStatement(namer, NUMBER_LINE_RANGES['0-10'], ITEM).build();
    expect(draft).toEqual({
      verb: {
        id: 'http://adlnet.gov/expapi/verbs/answered',
        display: { fr: 'a répondu', en: 'answered' },
      },
      object: {
        objectType: 'Activity',
        id: `${BASE}number-line/0-10/7`,
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'numeric',
          name: {
            fr: 'Placer 7 sur la ligne de 0 à 10',
            en: 'Place 7 on the line from 0 to 10',
          },
          correctResponsesPattern: ['6:8'],
        },
      },
      result: {
        response: '5',
        success: false,
        duration: 'PT4.2S',
        extensions: { [`${EXT}percent-absolute-error`]: 20 },
      },
      context: {
        extensions: {
          [`${EXT}target`]: 7,
          [`${EXT}number-line-range`]: { min: 0, max: 10 },
          [`${EXT}number-line`]: '0-10',
        },
        contextActivities: { parent: [{ objectType: 'Activity', id: `${BASE}number-line/0-10` }] },
      },
    });
  });

  test('clamps the correct pattern to the line', () => {
    const nearEnd = { ...ITEM, target: 98, estimate: 98 };
    const draft = answeredStatement(namer, NUMBER_LINE_RANGES['0-100'], nearEnd).build();
    expect(draft.object.definition?.correctResponsesPattern).toEqual(['93:100']);
    expect(draft.object.id).toBe(`${BASE}number-line/0-100/98`);
  });

  test('passes the host draft schema', () => {
    const draft = answeredStatement(namer, NUMBER_LINE_RANGES['0-100'], ITEM).build();
    const parsed = parseStatementDraft(draft);
    expect(parsed.success ? [] : parsed.issues).toEqual([]);
  });
});

describe('completedStatement', () => {
  const summary = { items: 10, successes: 7, scaled: 0.7, durationMs: 95_300 };

  test('scores the series', () => {
    const draft = completedStatement(namer, NUMBER_LINE_RANGES['0-10'], summary).build();
    expect(draft).toEqual({
      verb: {
        id: 'http://adlnet.gov/expapi/verbs/completed',
        display: { fr: 'a terminé', en: 'completed' },
      },
      object: {
        objectType: 'Activity',
        id: `${BASE}number-line/0-10`,
        definition: {
          type: 'http://adlnet.gov/expapi/activities/assessment',
          name: { fr: 'Ligne numérique de 0 à 10', en: 'Number line from 0 to 10' },
        },
      },
      result: {
        score: { scaled: 0.7, raw: 7, min: 0, max: 10 },
        completion: true,
        duration: 'PT1M35.3S',
      },
      context: { extensions: { [`${EXT}number-line-range`]: { min: 0, max: 10 } } },
    });
  });

  test('passes the host draft schema', () => {
    const draft = completedStatement(namer, NUMBER_LINE_RANGES['0-100'], summary).build();
    const parsed = parseStatementDraft(draft);
    expect(parsed.success ? [] : parsed.issues).toEqual([]);
  });
});
