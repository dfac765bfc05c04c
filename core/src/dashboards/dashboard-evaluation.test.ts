import type { AggregateQuery, RowsQuery, Statement } from '@fabrique/sdk';
import { describe, expect, test } from 'vitest';
import { evaluateQuery, median } from './dashboard-evaluation.js';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const TARGET = 'https://w3id.org/fabrique/xapi/extensions/target';
const ERROR = 'https://w3id.org/fabrique/xapi/extensions/percent-absolute-error';

function statement(
  pupil: string,
  target: number,
  error: number,
  success: boolean,
  verb = ANSWERED,
): Statement {
  return {
    actor: { objectType: 'Agent', account: { homePage: 'http://host.test', name: pupil } },
    verb: { id: verb },
    object: { objectType: 'Activity', id: `https://w3id.org/fabrique/activities/p/${target}` },
    result: { success, response: String(target), extensions: { [ERROR]: error } },
    context: { extensions: { [TARGET]: target } },
    timestamp: '2026-12-04T09:00:00.000Z',
  } as Statement;
}

const statements = [
  statement('a', 3, 10, true),
  statement('a', 7, 40, false),
  statement('b', 7, 20, false),
  statement('b', 5, 0, true),
  statement('b', 5, 0, true, 'http://adlnet.gov/expapi/verbs/completed'),
];
const pupilOf = (item: Statement) => (item.actor.account?.name === 'a' ? 'Ana' : 'Bo');
const title = { fr: 'T' };

describe('evaluateQuery', () => {
  test('rows keep statement order and verb', () => {
    const query: RowsQuery = {
      id: 'answers',
      kind: 'rows',
      title,
      verb: ANSWERED,
      columns: [
        { id: 'target', title, field: { extension: TARGET, in: 'context' } },
        { id: 'ok', title, field: 'result.success' },
      ],
    };
    const table = evaluateQuery(query, statements, pupilOf);
    expect(table.columns.map((column) => column.id)).toEqual(['pupil', 'target', 'ok']);
    expect(table.rows).toEqual([
      ['Ana', 3, true],
      ['Ana', 7, false],
      ['Bo', 7, false],
      ['Bo', 5, true],
    ]);
  });

  test('aggregate by pupil with median', () => {
    const query: AggregateQuery = {
      id: 'by-pupil',
      kind: 'aggregate',
      title,
      verb: ANSWERED,
      groupBy: [{ id: 'pupil', field: 'pupil' }],
      measures: [
        { id: 'n', title, op: 'count' },
        { id: 'median', title, op: 'median', field: { extension: ERROR, in: 'result' } },
      ],
    } as AggregateQuery;
    const table = evaluateQuery(query, statements, pupilOf);
    expect(table.columns[0]?.title).toEqual({ fr: 'Élève', en: 'Pupil' });
    expect(table.rows).toEqual([
      ['Ana', 2, 25],
      ['Bo', 2, 10],
    ]);
  });

  test('misplaced ordered and limited', () => {
    const query = {
      id: 'misplaced',
      kind: 'aggregate',
      title,
      verb: ANSWERED,
      groupBy: [{ id: 'target', title, field: { extension: TARGET, in: 'context' } }],
      measures: [
        { id: 'misses', title, op: 'count', where: { field: 'result.success', equals: false } },
      ],
      orderBy: { measure: 'misses', direction: 'desc' },
      limit: 2,
    } as AggregateQuery;
    expect(evaluateQuery(query, statements, pupilOf).rows).toEqual([
      [7, 2],
      [3, 0],
    ]);
  });

  test('whole class success rate', () => {
    const query = {
      id: 'class',
      kind: 'aggregate',
      title,
      verb: ANSWERED,
      groupBy: [],
      measures: [
        { id: 'rate', title, op: 'success-rate' },
        { id: 'mean', title, op: 'mean', field: { extension: ERROR, in: 'result' } },
      ],
    } as AggregateQuery;
    expect(evaluateQuery(query, statements, pupilOf).rows).toEqual([[0.5, 17.5]]);
  });

  test('empty input gives empty rows', () => {
    const query = {
      id: 'class',
      kind: 'aggregate',
      title,
      verb: ANSWERED,
      groupBy: [],
      measures: [{ id: 'median', title, op: 'median', field: { extension: ERROR, in: 'result' } }],
    } as AggregateQuery;
    expect(evaluateQuery(query, [], pupilOf).rows).toEqual([]);
  });
});

test('ties ordered by group key', () => {
  const misses = [9, 4, 7].map((target) => statement('a', target, 50, false));
  const query = {
    id: 'misplaced',
    kind: 'aggregate',
    title,
    verb: ANSWERED,
    groupBy: [{ id: 'target', title, field: { extension: TARGET, in: 'context' } }],
    measures: [{ id: 'misses', title, op: 'count' }],
    orderBy: { measure: 'misses', direction: 'desc' },
    limit: 2,
  } as AggregateQuery;
  expect(evaluateQuery(query, misses, pupilOf).rows).toEqual([
    [4, 1],
    [7, 1],
  ]);
});

describe('median', () => {
  test.each([
    [[5], 5],
    [[1, 3], 2],
    [[9, 1, 5], 5],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
