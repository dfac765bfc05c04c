import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type HostDatabaseHandle, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { SqlDialectName } from '../db/sql-dialect.js';
import { createLogger } from '../logging/logger.js';

/**
 * Dialects the tests run against: SQLite always, PostgreSQL too when
 * `DATABASE_URL` is set. Use with `describe.each(testDialects)`.
 */
export const testDialects: SqlDialectName[] = process.env.DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** A migrated database of its own for one test file. */
export interface TestDatabase extends HostDatabaseHandle {
  destroy(): Promise<void>;
}

/** A logger that writes nothing, for tests. */
export const silentLogger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/**
 * Opens a fresh database, migrated unless `migrate` is false: an SQLite file
 * in a temporary folder, or a new schema in the PostgreSQL database of
 * `DATABASE_URL`.
 */
export async function openTestDatabase(
  dialect: SqlDialectName,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const handle = dialect === 'postgres' ? await openPostgresSchema() : openSqliteFile();
  if (options.migrate !== false) await migrateToLatest(handle.db, handle.dialect, silentLogger);
  return handle;
}

function openSqliteFile(): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'fabrique-test-'));
  const handle = openDatabase({ sqliteFile: join(folder, 'test.sqlite') });
  return {
    ...handle,
    destroy: async () => {
      await handle.db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function openPostgresSchema(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await runAdmin(url, `create schema ${schema}`);
  const handle = openDatabase({ postgresUrl: url, searchPath: schema });
  return {
    ...handle,
    destroy: async () => {
      await handle.db.destroy();
      await runAdmin(url, `drop schema ${schema} cascade`);
    },
  };
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
