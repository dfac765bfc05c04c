import type { Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { type LrsOperationContext, runInWriteTransaction } from './operation-context.js';
import { deleteStatementsCascade, type StatementCascadeCounts } from './statement-cascade.js';

/** A retention purge of everything stored or updated before `cutoff`. */
export interface RetentionPurgeRequest {
  cutoff: Date;
  dryRun?: boolean;
}

/** Rows a purge removed, or would remove in a dry run. */
export interface RetentionPurgeCounts extends StatementCascadeCounts {
  documents: number;
}

/** Statements selected and deleted at a time, inside the one transaction. */
const STATEMENTS_PER_ROUND = 5000;

/**
 * Deletes, in one transaction, the statements stored before the cutoff with
 * their cascade (filter keys, attachment links and unlisted contents,
 * forwarding queue rows) and the documents last updated before it. Writes an
 * audit entry with the cutoff and the counts.
 */
export async function purgeOlderThan(
  context: LrsOperationContext,
  request: RetentionPurgeRequest,
): Promise<RetentionPurgeCounts> {
  const cutoff = request.cutoff.toISOString();
  const counts = await runInWriteTransaction(
    context,
    request.dryRun === true,
    async (trx, audit) => {
      const cascade = await deleteStoredBefore(trx, cutoff);
      const documents = await trx
        .deleteFrom('lrs_documents')
        .where('updated', '<', cutoff)
        .executeTakeFirst();
      const result: RetentionPurgeCounts = {
        ...cascade,
        documents: Number(documents.numDeletedRows),
      };
      await audit.append({
        actor: context.actor,
        action: 'lrs.purge',
        target: 'lrs',
        details: { cutoff, ...result },
      });
      return result;
    },
  );
  context.logger.info(
    { cutoff, dryRun: request.dryRun === true, ...counts },
    request.dryRun ? 'LRS retention purge dry run' : 'LRS retention purge done',
  );
  return counts;
}

async function deleteStoredBefore(
  trx: Transaction<HostDatabase>,
  cutoff: string,
): Promise<StatementCascadeCounts> {
  const total: StatementCascadeCounts = { statements: 0, attachments: 0, forwardRows: 0 };
  for (;;) {
    const rows = await trx
      .selectFrom('statements')
      .select('seq')
      .where('stored', '<', cutoff)
      .orderBy('stored')
      .limit(STATEMENTS_PER_ROUND)
      .execute();
    if (rows.length === 0) return total;
    const counts = await deleteStatementsCascade(
      trx,
      rows.map((row) => row.seq),
    );
    total.statements += counts.statements;
    total.attachments += counts.attachments;
    total.forwardRows += counts.forwardRows;
  }
}
