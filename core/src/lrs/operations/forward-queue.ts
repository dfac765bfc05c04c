import type { Kysely } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import type { SqlDialectName } from '../../db/sql-dialect.js';
import type { AttachmentPart } from '../attachments/attachment-part.js';

/** A queue row the worker has claimed, with the statement it forwards. */
export interface ClaimedForward {
  /** Sequence of the queue row. */
  seq: number;
  targetId: string;
  statementSeq: number;
  /** Failed attempts before this one. */
  attempts: number;
}

/** A stored statement to forward: its JSON text exactly as stored, and its attachment contents. */
export interface StoredStatementText {
  json: string;
  parts: AttachmentPart[];
}

/**
 * `next_attempt_at` of the pending rows of a disabled target: later than any
 * real time, so the due-row index never returns them.
 */
export const PAUSED_UNTIL = '9999-12-31T23:59:59.999Z';

const SEQS_PER_QUERY = 500;
/** Maximum length of `last_error`, in characters. */
const MAX_ERROR_LENGTH = 500;

/**
 * The forwarding queue as the worker uses it. A pending row is due when
 * `next_attempt_at` has passed. A claim leases rows by moving that time
 * ahead: another host process sharing the database then skips them, and
 * rows of a process that dies mid-send are due again after the lease. For
 * a dead row, `next_attempt_at` is the time of its last attempt.
 */
export class ForwardQueue {
  constructor(
    private readonly db: Kysely<HostDatabase>,
    private readonly dialect: SqlDialectName,
  ) {}

  /** Claims up to `limit` due rows of enabled targets, oldest due first, until `leaseUntil`. */
  claimDue(now: Date, limit: number, leaseUntil: Date): Promise<ClaimedForward[]> {
    return this.db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom('lrs_forward_queue')
        .innerJoin('lrs_forward_targets', 'lrs_forward_targets.id', 'lrs_forward_queue.target_id')
        .select([
          'lrs_forward_queue.seq',
          'lrs_forward_queue.target_id',
          'lrs_forward_queue.statement_seq',
          'lrs_forward_queue.attempts',
        ])
        .where('lrs_forward_queue.state', '=', 'pending')
        .where('lrs_forward_queue.next_attempt_at', '<=', now.toISOString())
        .where('lrs_forward_targets.enabled', '=', 1)
        .orderBy('lrs_forward_queue.next_attempt_at')
        .orderBy('lrs_forward_queue.seq')
        .limit(limit);
      if (this.dialect === 'postgres') query = query.forUpdate('lrs_forward_queue').skipLocked();
      const rows = await query.execute();
      for (const chunk of inChunks(rows, SEQS_PER_QUERY)) {
        await trx
          .updateTable('lrs_forward_queue')
          .set({ next_attempt_at: leaseUntil.toISOString() })
          .where(
            'seq',
            'in',
            chunk.map((row) => row.seq),
          )
          .execute();
      }
      return rows.map((row) => ({
        seq: row.seq,
        targetId: row.target_id,
        statementSeq: row.statement_seq,
        attempts: row.attempts,
      }));
    });
  }

  /** Reads the statements of claimed rows by statement seq; an erased statement is absent. */
  async loadStatements(
    statementSeqs: readonly number[],
  ): Promise<Map<number, StoredStatementText>> {
    const found = new Map<number, StoredStatementText>();
    for (const chunk of inChunks([...new Set(statementSeqs)], SEQS_PER_QUERY)) {
      const rows = await this.db
        .selectFrom('statements')
        .select(['seq', 'statement'])
        .where('seq', 'in', chunk)
        .execute();
      for (const row of rows) found.set(row.seq, { json: row.statement, parts: [] });
      const parts = await this.db
        .selectFrom('statement_attachments')
        .innerJoin('attachments', 'attachments.sha2', 'statement_attachments.sha2')
        .select([
          'statement_attachments.seq',
          'attachments.sha2',
          'attachments.content_type',
          'attachments.content',
        ])
        .where('statement_attachments.seq', 'in', chunk)
        .execute();
      for (const part of parts) {
        found.get(part.seq)?.parts.push({
          sha2: part.sha2,
          contentType: part.content_type,
          content: new Uint8Array(part.content),
        });
      }
    }
    return found;
  }

  /** Deletes rows whose statements the target accepted, or whose statements are gone. */
  async complete(rows: readonly ClaimedForward[]): Promise<void> {
    for (const chunk of inChunks(rows, SEQS_PER_QUERY)) {
      await this.db
        .deleteFrom('lrs_forward_queue')
        .where(
          'seq',
          'in',
          chunk.map((row) => row.seq),
        )
        .execute();
    }
  }

  /**
   * Records a failed attempt of each row: pending again at the time
   * `nextAttemptAt` gives for its new attempt count, or dead once that count
   * reaches `maxAttempts`. Returns the rows marked dead.
   */
  async fail(
    rows: readonly ClaimedForward[],
    error: string,
    now: Date,
    maxAttempts: number,
    nextAttemptAt: (failedAttempts: number) => Date,
  ): Promise<ClaimedForward[]> {
    const dead = rows.filter((row) => row.attempts + 1 >= maxAttempts);
    const retried = rows.filter((row) => row.attempts + 1 < maxAttempts);
    await this.markDead(dead, error, now, { countAttempt: true });
    for (const [attempts, group] of groupByAttempts(retried)) {
      await this.update(group, {
        attempts: attempts + 1,
        next_attempt_at: nextAttemptAt(attempts + 1).toISOString(),
        last_error: truncate(error),
      });
    }
    return dead;
  }

  /** Marks rows dead now, for a reason that another attempt cannot change. */
  async markDead(
    rows: readonly ClaimedForward[],
    error: string,
    now: Date,
    options: { countAttempt: boolean },
  ): Promise<void> {
    for (const [attempts, group] of groupByAttempts(rows)) {
      await this.update(group, {
        state: 'dead',
        attempts: options.countAttempt ? attempts + 1 : attempts,
        next_attempt_at: now.toISOString(),
        last_error: truncate(error),
      });
    }
  }

  /** Gives claimed rows that were not tried back to the queue, due at `at`. */
  async release(rows: readonly ClaimedForward[], at: Date): Promise<void> {
    await this.update(rows, { next_attempt_at: at.toISOString() });
  }

  private async update(
    rows: readonly ClaimedForward[],
    values: {
      state?: 'pending' | 'dead';
      attempts?: number;
      next_attempt_at: string;
      last_error?: string;
    },
  ): Promise<void> {
    const { next_attempt_at: nextAttemptAt, ...rest } = values;
    for (const chunk of inChunks(rows, SEQS_PER_QUERY)) {
      await this.db
        .updateTable('lrs_forward_queue')
        .set((eb) => ({
          ...rest,
          // A row whose target was disabled while it was being sent stays
          // paused, unless it dies now.
          next_attempt_at:
            values.state === 'dead'
              ? nextAttemptAt
              : eb
                  .case()
                  .when('next_attempt_at', '=', PAUSED_UNTIL)
                  .then(PAUSED_UNTIL)
                  .else(nextAttemptAt)
                  .end(),
        }))
        .where(
          'seq',
          'in',
          chunk.map((row) => row.seq),
        )
        .execute();
    }
  }
}

function groupByAttempts(rows: readonly ClaimedForward[]): Map<number, ClaimedForward[]> {
  const groups = new Map<number, ClaimedForward[]>();
  for (const row of rows) {
    const group = groups.get(row.attempts) ?? [];
    group.push(row);
    groups.set(row.attempts, group);
  }
  return groups;
}

function truncate(error: string): string {
  return error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH - 1)}…` : error;
}
