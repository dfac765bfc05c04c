import type {
  AggregateQuery,
  DashboardQuery,
  LanguageMap,
  Measure,
  RowsQuery,
  Statement,
} from '@fabrique/sdk';
import { type Cell, readField } from './statement-field.js';

/** One computed table of a dashboard, in column order. */
export interface DashboardTable {
  id: string;
  kind: 'rows' | 'aggregate';
  title: LanguageMap;
  columns: Array<{ id: string; title: LanguageMap }>;
  rows: Cell[][];
}

const PUPIL_COLUMN = { id: 'pupil', title: { fr: 'Élève', en: 'Pupil' } };

/** Computes one declared dashboard query over a plugin's statements in a class. */
export function evaluateQuery(
  query: DashboardQuery,
  statements: Statement[],
  pupilOf: (statement: Statement) => Cell,
): DashboardTable {
  const matching = statements.filter((statement) => statement.verb.id === query.verb);
  return query.kind === 'rows'
    ? evaluateRows(query, matching, pupilOf)
    : evaluateAggregate(query, matching, pupilOf);
}

function evaluateRows(
  query: RowsQuery,
  statements: Statement[],
  pupilOf: (statement: Statement) => Cell,
): DashboardTable {
  return {
    id: query.id,
    kind: 'rows',
    title: query.title,
    columns: [
      PUPIL_COLUMN,
      ...query.columns.map((column) => ({ id: column.id, title: column.title })),
    ],
    rows: statements.map((statement) => [
      pupilOf(statement),
      ...query.columns.map((column) => readField(statement, column.field, pupilOf)),
    ]),
  };
}

function evaluateAggregate(
  query: AggregateQuery,
  statements: Statement[],
  pupilOf: (statement: Statement) => Cell,
): DashboardTable {
  const groups = new Map<string, { key: Cell[]; members: Statement[] }>();
  for (const statement of statements) {
    const key = query.groupBy.map((dimension) => readField(statement, dimension.field, pupilOf));
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, members: [] };
    group.members.push(statement);
    groups.set(id, group);
  }
  let rows = [...groups.values()].map((group) => [
    ...group.key,
    ...query.measures.map((measure) => computeMeasure(measure, group.members, pupilOf)),
  ]);
  if (query.orderBy)
    rows = sortRows(
      rows,
      query.groupBy.length +
        query.measures.findIndex((measure) => measure.id === query.orderBy?.measure),
      query.orderBy.direction,
    );
  if (query.limit !== undefined) rows = rows.slice(0, query.limit);
  return {
    id: query.id,
    kind: 'aggregate',
    title: query.title,
    columns: [
      ...query.groupBy.map(dimensionColumn),
      ...query.measures.map((measure) => ({ id: measure.id, title: measure.title })),
    ],
    rows,
  };
}

function dimensionColumn(
  dimension: AggregateQuery['groupBy'][number],
): DashboardTable['columns'][number] {
  if (dimension.field === 'pupil')
    return { id: dimension.id, title: dimension.title ?? PUPIL_COLUMN.title };
  return { id: dimension.id, title: dimension.title ?? { fr: dimension.id } };
}

function computeMeasure(
  measure: Measure,
  statements: Statement[],
  pupilOf: (statement: Statement) => Cell,
): Cell {
  const where = measure.where;
  const selected = where
    ? statements.filter((statement) => readField(statement, where.field, pupilOf) === where.equals)
    : statements;
  if (measure.op === 'count') {
    const field = measure.field;
    return field
      ? selected.filter((statement) => readField(statement, field, pupilOf) !== null).length
      : selected.length;
  }
  if (measure.op === 'success-rate') {
    const outcomes = selected
      .map((statement) => statement.result?.success)
      .filter((value) => value !== undefined);
    return outcomes.length === 0 ? null : round(outcomes.filter(Boolean).length / outcomes.length);
  }
  const field = measure.field;
  const values = field
    ? selected
        .map((statement) => readField(statement, field, pupilOf))
        .filter((value): value is number => typeof value === 'number')
    : [];
  return numericMeasure(measure.op, values);
}

function numericMeasure(op: 'mean' | 'median' | 'min' | 'max' | 'sum', values: number[]): Cell {
  if (values.length === 0) return op === 'sum' ? 0 : null;
  switch (op) {
    case 'sum':
      return round(values.reduce((total, value) => total + value, 0));
    case 'mean':
      return round(values.reduce((total, value) => total + value, 0) / values.length);
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    case 'median':
      return round(median(values));
  }
}

/** Returns the median: the middle value, or the mean of the two middle values. */
export function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Sorts rows by one column, then breaks ties by every column from the left in
 * ascending order, so that a `limit` cuts ties the same way on every request.
 */
function sortRows(rows: Cell[][], column: number, direction: 'asc' | 'desc'): Cell[][] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((left, right) => {
    const primary = sign * compareCells(left[column] ?? null, right[column] ?? null);
    if (primary !== 0) return primary;
    for (let index = 0; index < left.length; index++) {
      const order = compareCells(left[index] ?? null, right[index] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
}

function compareCells(left: Cell, right: Cell): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : 1;
}
