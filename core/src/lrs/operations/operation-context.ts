import type { Kysely, Transaction } from 'kysely';
import { AuditLog } from '../../audit/audit-log.js';
import type { HostDatabase } from '../../db/database-schema.js';
import type { SqlDialectName } from '../../db/sql-dialect.js';
import type { Logger } from '../../logging/logger.js';
import { lockStatementWrites } from '../statements/write-lock.js';

/** Dependencies of an LRS operation (erasure, purge). */
export interface LrsOperationContext {
  db: Kysely<HostDatabase>;
  dialect: SqlDialectName;
  logger: Logger;
  /** Actor recorded in the audit log: `user:<id>` or `cli:<login>`. */
  actor: string;
}

/** Thrown to roll back a dry run's transaction, carrying what it would have done. */
class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super('dry run');
  }
}

/**
 * Runs `work` in one transaction that holds the statement write lock, so no
 * statement is stored in the middle of it. With `dryRun` the transaction is
 * rolled back, and the result gives the counts of what would have changed.
 */
export async function runInWriteTransaction<T>(
  context: LrsOperationContext,
  dryRun: boolean,
  work: (trx: Transaction<HostDatabase>, audit: AuditLog) => Promise<T>,
): Promise<T> {
  try {
    return await context.db.transaction().execute(async (trx) => {
      await lockStatementWrites(trx, context.dialect);
      const result = await work(trx, new AuditLog(trx));
      if (dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result as T;
    throw error;
  }
}
