import { sql, type Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import type { SqlDialectName } from '../../db/sql-dialect.js';

// Any fixed 64-bit number names the lock; this one spells "xAPI".
const STATEMENT_WRITE_LOCK = 0x78415049;

/**
 * Serialises statement writes, so that statements commit in the order of
 * their `seq` and a reader never sees a higher seq before a lower one: the
 * `more` links and `since` rely on it. SQLite allows one writer at a time
 * already; on PostgreSQL a transaction-scoped advisory lock does it.
 */
export async function lockStatementWrites(
  trx: Transaction<HostDatabase>,
  dialect: SqlDialectName,
): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(${STATEMENT_WRITE_LOCK})`.execute(trx);
  }
}
