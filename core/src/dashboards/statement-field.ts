import type { DimensionField, FieldReference, Statement } from '@fabrique/sdk';

/** A dashboard cell: what a statement field can hold once flattened. */
export type Cell = string | number | boolean | null;

/** Reads a declared field from a statement; `pupil` is resolved by the caller. */
export function readField(
  statement: Statement,
  field: FieldReference | DimensionField,
  pupilOf: (statement: Statement) => Cell,
): Cell {
  if (typeof field === 'object') {
    const holder =
      field.in === 'result' ? statement.result?.extensions : statement.context?.extensions;
    return toCell(holder?.[field.extension]);
  }
  switch (field) {
    case 'pupil':
      return pupilOf(statement);
    case 'result.response':
      return statement.result?.response ?? null;
    case 'result.success':
      return statement.result?.success ?? null;
    case 'result.completion':
      return statement.result?.completion ?? null;
    case 'result.score.scaled':
      return statement.result?.score?.scaled ?? null;
    case 'result.score.raw':
      return statement.result?.score?.raw ?? null;
    case 'result.duration':
      return statement.result?.duration ?? null;
    case 'timestamp':
      return statement.timestamp ?? null;
    case 'object.id':
      return 'id' in statement.object ? (statement.object.id as string) : null;
  }
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return JSON.stringify(value);
}
