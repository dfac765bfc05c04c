import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { AuditLog } from '../audit/audit-log.js';
import type { HostConfig } from '../config/config.js';
import { type DatabaseLocation, openDatabase } from '../db/database.js';
import type { HostDatabase } from '../db/database-schema.js';
import { migrateToLatest } from '../db/migrate.js';
import type { SqlDialectName } from '../db/sql-dialect.js';
import { PseudonymService } from '../gateway/pseudonym.js';
import type { Logger } from '../logging/logger.js';
import { LrsClientStore } from '../lrs/lrs-client-store.js';
import { ForwardTargetStore } from '../lrs/operations/forward-target-store.js';
import { loadHostSecret } from '../secrets/host-secrets.js';

/** The host database and the services the admin commands use on it. */
export interface AdminSession {
  db: Kysely<HostDatabase>;
  dialect: SqlDialectName;
  logger: Logger;
  /** Actor recorded in the audit log: `cli:<login>`. */
  actor: string;
  /** The host's public URL, the home page of pupils' pseudonymous accounts. */
  publicUrl: string;
  audit: AuditLog;
  lrsClients: LrsClientStore;
  forwardTargets: ForwardTargetStore;
  pseudonyms: PseudonymService;
  close(): Promise<void>;
}

/** Returns the host's database: `DATABASE_URL`, else the SQLite file in the data folder. */
export function hostDatabaseLocation(config: HostConfig): DatabaseLocation {
  return config.databaseUrl
    ? { postgresUrl: config.databaseUrl }
    : { sqliteFile: join(config.dataDir, 'fabrique.sqlite') };
}

/** Opens and migrates the host database of `config`, as the host does at start. */
export async function openAdminSession(config: HostConfig, logger: Logger): Promise<AdminSession> {
  const { db, dialect } = openDatabase(hostDatabaseLocation(config));
  try {
    await migrateToLatest(db, dialect, logger.child({ module: 'migrations' }));
    return await createAdminSession({ db, dialect }, config.publicUrl, logger, () => db.destroy());
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** Builds a session over an open, migrated database; tests use it with their own database. */
export async function createAdminSession(
  database: { db: Kysely<HostDatabase>; dialect: SqlDialectName },
  publicUrl: string,
  logger: Logger,
  close: () => Promise<void>,
): Promise<AdminSession> {
  const { db, dialect } = database;
  return {
    db,
    dialect,
    logger,
    actor: `cli:${loginName()}`,
    publicUrl,
    audit: new AuditLog(db),
    lrsClients: new LrsClientStore(db),
    forwardTargets: new ForwardTargetStore(db),
    pseudonyms: new PseudonymService(await loadHostSecret(db, 'pseudonym-key')),
    close,
  };
}

function loginName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    // A process whose uid has no passwd entry, as in some containers.
    return 'unknown';
  }
}
