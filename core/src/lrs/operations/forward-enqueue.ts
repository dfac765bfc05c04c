import type { Transaction } from 'kysely';
import type { HostDatabase, LrsForwardQueueTable } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import type { InsertedStatement, StatementWriteHook } from '../statements/statement-store.js';
import { matchesForwardFilter, needsPluginId } from './forward-filter.js';
import type { ForwardTargetStore } from './forward-target-store.js';

const ROWS_PER_INSERT = 500;

/**
 * Returns the statement write hook that queues each new statement for every
 * enabled target whose filter it passes. It runs in the transaction that
 * stores the statements, so a stored statement always has its queue rows.
 */
export function createForwardEnqueueHook(targets: ForwardTargetStore): StatementWriteHook {
  return async (trx, inserted) => {
    const enabled = await targets.listEnabled(trx);
    if (enabled.length === 0) return;
    const pluginIds = enabled.some((target) => needsPluginId(target.filter))
      ? await loadPluginIds(trx, inserted)
      : new Map<number, string | null>();
    const now = new Date().toISOString();
    const rows: Array<Omit<LrsForwardQueueTable, 'seq'>> = [];
    for (const target of enabled) {
      for (const { seq, statement } of inserted) {
        if (!matchesForwardFilter(target.filter, statement, pluginIds.get(seq) ?? null)) continue;
        rows.push({
          target_id: target.id,
          statement_seq: seq,
          state: 'pending',
          attempts: 0,
          next_attempt_at: now,
          last_error: null,
          created_at: now,
        });
      }
    }
    for (const chunk of inChunks(rows, ROWS_PER_INSERT)) {
      await trx.insertInto('lrs_forward_queue').values(chunk).execute();
    }
  };
}

async function loadPluginIds(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<Map<number, string | null>> {
  const pluginIds = new Map<number, string | null>();
  for (const chunk of inChunks(inserted, ROWS_PER_INSERT)) {
    const rows = await trx
      .selectFrom('statements')
      .select(['seq', 'plugin_id'])
      .where(
        'seq',
        'in',
        chunk.map((item) => item.seq),
      )
      .execute();
    for (const row of rows) pluginIds.set(row.seq, row.plugin_id);
  }
  return pluginIds;
}
