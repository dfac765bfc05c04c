import type { Transaction } from 'kysely';
import type { HostDatabase, StatementKeyTable } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import { indexKey } from '../../db/index-key.js';
import { statementKeys } from './statement-keys.js';
import type { InsertedStatement } from './statement-store.js';

const KEY_ROWS_PER_INSERT = 2000;

/**
 * Writes the filter keys of new statements: only their own, so a statement
 * writes index rows in proportion to its size. Statements that match a filter
 * through their StatementRef target are found when reading.
 */
export async function insertStatementKeys(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<void> {
  const rows: StatementKeyTable[] = [];
  for (const { seq, statement } of inserted) {
    const values = new Set<string>();
    for (const key of statementKeys(statement)) {
      const value = indexKey(key.value);
      if (values.has(`${key.kind} ${value}`)) continue;
      values.add(`${key.kind} ${value}`);
      rows.push({ kind: key.kind, value, seq });
    }
  }
  for (const chunk of inChunks(rows, KEY_ROWS_PER_INSERT)) {
    await trx.insertInto('statement_keys').values(chunk).execute();
  }
}
