import type { ColumnDefinitionBuilder } from 'kysely';

/** The two SQL databases the host runs on. */
export type SqlDialectName = 'sqlite' | 'postgres';

/** Column type of an ever-increasing row sequence: 64-bit on PostgreSQL. */
export function sequenceType(dialect: SqlDialectName): 'bigint' | 'integer' {
  return dialect === 'postgres' ? 'bigint' : 'integer';
}

/**
 * Builds an ever-increasing primary key: an identity column on PostgreSQL and
 * `AUTOINCREMENT` on SQLite, so numbers of deleted rows are never reused.
 */
export function sequenceColumn(dialect: SqlDialectName) {
  return (column: ColumnDefinitionBuilder) =>
    dialect === 'postgres'
      ? column.primaryKey().generatedAlwaysAsIdentity()
      : column.primaryKey().autoIncrement();
}

/** Column type of binary content: `bytea` on PostgreSQL, `blob` on SQLite. */
export function binaryType(dialect: SqlDialectName): 'bytea' | 'blob' {
  return dialect === 'postgres' ? 'bytea' : 'blob';
}
