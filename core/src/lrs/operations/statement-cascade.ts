import type { Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';

/** Rows removed with a set of statements. */
export interface StatementCascadeCounts {
  statements: number;
  /** Attachment contents no remaining statement lists. */
  attachments: number;
  forwardRows: number;
}

const SEQS_PER_QUERY = 500;

/**
 * Deletes statements by seq with everything that belongs to them: their
 * filter keys, attachment links, forwarding queue rows, and the attachment
 * contents that no remaining statement lists.
 */
export async function deleteStatementsCascade(
  trx: Transaction<HostDatabase>,
  seqs: readonly number[],
): Promise<StatementCascadeCounts> {
  const counts: StatementCascadeCounts = { statements: 0, attachments: 0, forwardRows: 0 };
  const sha2s = new Set<string>();
  for (const chunk of inChunks(seqs, SEQS_PER_QUERY)) {
    const links = await trx
      .deleteFrom('statement_attachments')
      .where('seq', 'in', chunk)
      .returning('sha2')
      .execute();
    for (const link of links) sha2s.add(link.sha2);
    const queued = await trx
      .deleteFrom('lrs_forward_queue')
      .where('statement_seq', 'in', chunk)
      .executeTakeFirst();
    counts.forwardRows += Number(queued.numDeletedRows);
    await trx.deleteFrom('statement_keys').where('seq', 'in', chunk).execute();
    const deleted = await trx.deleteFrom('statements').where('seq', 'in', chunk).executeTakeFirst();
    counts.statements += Number(deleted.numDeletedRows);
  }
  counts.attachments = await deleteUnlistedAttachments(trx, [...sha2s]);
  return counts;
}

async function deleteUnlistedAttachments(
  trx: Transaction<HostDatabase>,
  sha2s: readonly string[],
): Promise<number> {
  let deleted = 0;
  for (const chunk of inChunks(sha2s, SEQS_PER_QUERY)) {
    const result = await trx
      .deleteFrom('attachments')
      .where('sha2', 'in', chunk)
      .where(({ exists, not, selectFrom }) =>
        not(
          exists(
            selectFrom('statement_attachments')
              .select('statement_attachments.seq')
              .whereRef('statement_attachments.sha2', '=', 'attachments.sha2'),
          ),
        ),
      )
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}
