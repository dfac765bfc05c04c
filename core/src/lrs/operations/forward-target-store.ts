import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HostDatabase, LrsForwardTargetTable } from '../../db/database-schema.js';
import { type ForwardFilter, forwardFilterSchema } from './forward-filter.js';
import { PAUSED_UNTIL } from './forward-queue.js';
import type { ForwardTargetInput } from './forward-target-input.js';

/** A forwarding target without its password, as administrators see it. */
export interface ForwardTargetSummary {
  id: string;
  name: string;
  endpoint: string;
  username: string;
  filter: ForwardFilter;
  enabled: boolean;
  createdAt: string;
  pendingCount: number;
  deadCount: number;
}

/** A forwarding target with what the worker needs to send to it. */
export interface ForwardTarget {
  id: string;
  name: string;
  endpoint: string;
  username: string;
  password: string;
  filter: ForwardFilter;
}

/** A statement given up on for one target. */
export interface DeadForward {
  statementId: string;
  attempts: number;
  lastError: string | null;
  /** Time of the last attempt. */
  failedAt: string;
  queuedAt: string;
}

/**
 * Other LRSs that receive copies of this host's statements, and their
 * queues. The password is kept as given, because each request to the
 * target sends it; it never leaves this class except to the worker.
 */
export class ForwardTargetStore {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  /** Adds a target, enabled; returns its id. */
  async add(input: ForwardTargetInput): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('lrs_forward_targets')
      .values({
        id,
        name: input.name,
        endpoint: input.endpoint,
        username: input.username,
        password: input.password,
        filter: JSON.stringify(input.filter),
        enabled: 1,
        created_at: new Date().toISOString(),
      })
      .execute();
    return id;
  }

  /** Lists every target with the sizes of its queue, oldest target first. */
  async list(): Promise<ForwardTargetSummary[]> {
    const targets = await this.db
      .selectFrom('lrs_forward_targets')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const counts = await this.db
      .selectFrom('lrs_forward_queue')
      .select(['target_id', 'state', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy(['target_id', 'state'])
      .execute();
    const countOf = (targetId: string, state: 'pending' | 'dead') =>
      Number(counts.find((row) => row.target_id === targetId && row.state === state)?.count ?? 0);
    return targets.map((row) => ({
      id: row.id,
      name: row.name,
      endpoint: row.endpoint,
      username: row.username,
      filter: parseFilter(row),
      enabled: row.enabled === 1,
      createdAt: row.created_at,
      pendingCount: countOf(row.id, 'pending'),
      deadCount: countOf(row.id, 'dead'),
    }));
  }

  /** Lists the enabled targets with their passwords, for the worker and the write hook. */
  async listEnabled(db: Kysely<HostDatabase> = this.db): Promise<ForwardTarget[]> {
    const rows = await db
      .selectFrom('lrs_forward_targets')
      .selectAll()
      .where('enabled', '=', 1)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      endpoint: row.endpoint,
      username: row.username,
      password: row.password,
      filter: parseFilter(row),
    }));
  }

  /** Tells whether a target has this id. */
  async exists(id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('lrs_forward_targets')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Enables or disables a target; returns false when no target has this id.
   * A disabled target gets no new queue rows, and its pending rows wait
   * until it is enabled again, then are due at once.
   */
  async setEnabled(id: string, enabled: boolean): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('lrs_forward_targets')
        .set({ enabled: enabled ? 1 : 0 })
        .where('id', '=', id)
        .executeTakeFirst();
      await trx
        .updateTable('lrs_forward_queue')
        .set({ next_attempt_at: enabled ? new Date().toISOString() : PAUSED_UNTIL })
        .where('target_id', '=', id)
        .where('state', '=', 'pending')
        .$if(enabled, (query) => query.where('next_attempt_at', '=', PAUSED_UNTIL))
        .execute();
      return result.numUpdatedRows > 0n;
    });
  }

  /** Deletes a target and its queue; returns false when no target has this id. */
  async delete(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('lrs_forward_queue').where('target_id', '=', id).execute();
      const result = await trx
        .deleteFrom('lrs_forward_targets')
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    });
  }

  /**
   * Puts a target's dead rows back in its queue with fresh attempts, due at
   * once or, for a disabled target, when it is enabled. Returns how many.
   */
  async retryDead(id: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const target = await trx
        .selectFrom('lrs_forward_targets')
        .select('enabled')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!target) return 0;
      const result = await trx
        .updateTable('lrs_forward_queue')
        .set({
          state: 'pending',
          attempts: 0,
          next_attempt_at: target.enabled === 1 ? new Date().toISOString() : PAUSED_UNTIL,
        })
        .where('target_id', '=', id)
        .where('state', '=', 'dead')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    });
  }

  /** Lists a target's dead rows, the latest failures first. */
  async listDead(id: string, limit: number): Promise<DeadForward[]> {
    const rows = await this.db
      .selectFrom('lrs_forward_queue')
      .innerJoin('statements', 'statements.seq', 'lrs_forward_queue.statement_seq')
      .select([
        'statements.id as statementId',
        'lrs_forward_queue.attempts',
        'lrs_forward_queue.last_error',
        'lrs_forward_queue.next_attempt_at',
        'lrs_forward_queue.created_at',
      ])
      .where('lrs_forward_queue.target_id', '=', id)
      .where('lrs_forward_queue.state', '=', 'dead')
      .orderBy('lrs_forward_queue.next_attempt_at', 'desc')
      .orderBy('lrs_forward_queue.seq', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      statementId: row.statementId,
      attempts: row.attempts,
      lastError: row.last_error,
      failedAt: row.next_attempt_at,
      queuedAt: row.created_at,
    }));
  }
}

function parseFilter(row: Pick<LrsForwardTargetTable, 'filter'>): ForwardFilter {
  return forwardFilterSchema.parse(JSON.parse(row.filter));
}
