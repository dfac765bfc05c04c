import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Logger } from '../logging/logger.js';
import type { HostDatabase } from './database-schema.js';
import { initialSchema } from './migrations/initial-schema.js';
import { lrsStore } from './migrations/lrs-store.js';
import type { SqlDialectName } from './sql-dialect.js';

class HostMigrations implements MigrationProvider {
  constructor(private readonly dialect: SqlDialectName) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '0001-initial-schema': initialSchema(this.dialect),
      '0002-lrs-store': lrsStore(this.dialect),
    };
  }
}

/** Brings the host database to the latest schema; each migration runs in a transaction. */
export async function migrateToLatest(
  db: Kysely<HostDatabase>,
  dialect: SqlDialectName,
  logger: Logger,
): Promise<void> {
  const { error, results } = await (await hostMigrator(db, dialect)).migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === 'Success')
      logger.info({ migration: result.migrationName }, 'migration applied');
    if (result.status === 'Error')
      logger.error({ migration: result.migrationName }, 'migration failed');
  }
  if (error) throw error;
}

/**
 * Creates the migrator of the host database, for callers that move to a
 * given migration. On PostgreSQL its bookkeeping tables live in the current
 * schema: without it, Kysely would take another schema's migration table
 * for its own.
 */
export async function hostMigrator(
  db: Kysely<HostDatabase>,
  dialect: SqlDialectName,
): Promise<Migrator> {
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  return new Migrator({
    db,
    provider: new HostMigrations(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}
