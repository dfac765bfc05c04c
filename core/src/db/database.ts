import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { HostDatabase } from './database-schema.js';
import type { SqlDialectName } from './sql-dialect.js';

/** An open host database and the dialect it speaks. */
export interface HostDatabaseHandle {
  db: Kysely<HostDatabase>;
  dialect: SqlDialectName;
}

/** Where the database lives: a PostgreSQL URL, or else an SQLite file. */
export type DatabaseLocation =
  | { postgresUrl: string; searchPath?: string }
  | { sqliteFile: string };

// PostgreSQL returns int8 (bigint) columns as strings by default; sequences
// stay far below 2^53, so numbers are exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Opens the host database: PostgreSQL through `pg`, or SQLite in WAL mode. */
export function openDatabase(location: DatabaseLocation): HostDatabaseHandle {
  if ('postgresUrl' in location) {
    const pool = new pg.Pool({
      connectionString: location.postgresUrl,
      max: 10,
      ...(location.searchPath ? { options: `-c search_path=${location.searchPath}` } : {}),
    });
    return { db: new Kysely({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  mkdirSync(dirname(location.sqliteFile), { recursive: true });
  const sqlite = new SqliteDatabase(location.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  // FULL makes every committed transaction durable across a power loss, not
  // only across a crash of the process.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return {
    db: new Kysely({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: 'sqlite',
  };
}
