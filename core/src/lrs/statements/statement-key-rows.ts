import type { Transaction } from 'kysely';
import type { HostDatabase, StatementKeyTable } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import { type StatementKey, statementKeys } from './statement-keys.js';
import { referencedStatementId } from './statement-row.js';
import type { InsertedStatement } from './statement-store.js';

const KEY_ROWS_PER_INSERT = 2000;
const IDS_PER_QUERY = 500;

/**
 * Writes the filter keys of new statements. A statement that targets another
 * through a StatementRef gets its target's keys too, because filters match
 * it as if it were its target. The target may come later: then its keys are
 * added to the statements already pointing at it, and to theirs in turn.
 */
export async function insertStatementKeys(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<void> {
  const keysById = await resolveKeys(trx, inserted);
  const rows: StatementKeyTable[] = [];
  for (const { seq, statement } of inserted) {
    for (const key of keysById.get(statement.id) ?? []) rows.push({ ...key, seq });
  }
  await writeKeyRows(trx, rows);
  await propagateToEarlierReferrers(trx, inserted, keysById);
}

/** Computes each new statement's keys: its own, then those of the statement it targets. */
async function resolveKeys(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<Map<string, StatementKey[]>> {
  const byId = new Map(inserted.map((item) => [item.statement.id, item]));
  const outsideTargets = inserted
    .map((item) => referencedStatementId(item.statement))
    .filter((id): id is string => id !== null && !byId.has(id));
  const storedTargetKeys = await loadKeysByStatementId(trx, outsideTargets);
  const resolved = new Map<string, StatementKey[]>();
  const resolve = (id: string, visiting: Set<string>): StatementKey[] => {
    const known = resolved.get(id);
    if (known) return known;
    const item = byId.get(id);
    if (!item) return storedTargetKeys.get(id) ?? [];
    visiting.add(id);
    const target = referencedStatementId(item.statement);
    const inherited = target !== null && !visiting.has(target) ? resolve(target, visiting) : [];
    const keys = uniqueKeys([...statementKeys(item.statement), ...inherited]);
    resolved.set(id, keys);
    return keys;
  };
  for (const item of inserted) resolve(item.statement.id, new Set());
  return resolved;
}

/** Adds the keys of new statements to the stored statements that already targeted them. */
async function propagateToEarlierReferrers(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
  keysById: Map<string, StatementKey[]>,
): Promise<void> {
  const newSeqs = new Set(inserted.map((item) => item.seq));
  let pending = inserted.map((item) => ({
    id: item.statement.id,
    keys: keysById.get(item.statement.id) ?? [],
  }));
  const visited = new Set<number>(newSeqs);
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (const chunk of inChunks(pending, IDS_PER_QUERY)) {
      const keysOfTarget = new Map(chunk.map((entry) => [entry.id, entry.keys]));
      const referrers = await trx
        .selectFrom('statements')
        .select(['seq', 'id', 'ref_target'])
        .where(
          'ref_target',
          'in',
          chunk.map((entry) => entry.id),
        )
        .execute();
      const rows: StatementKeyTable[] = [];
      for (const referrer of referrers) {
        if (visited.has(referrer.seq)) continue;
        visited.add(referrer.seq);
        const keys = keysOfTarget.get(referrer.ref_target as string) ?? [];
        for (const key of keys) rows.push({ ...key, seq: referrer.seq });
        next.push({ id: referrer.id, keys });
      }
      await writeKeyRows(trx, rows);
    }
    pending = next;
  }
}

async function loadKeysByStatementId(
  trx: Transaction<HostDatabase>,
  ids: readonly string[],
): Promise<Map<string, StatementKey[]>> {
  const keys = new Map<string, StatementKey[]>();
  for (const chunk of inChunks([...new Set(ids)], IDS_PER_QUERY)) {
    const rows = await trx
      .selectFrom('statements')
      .innerJoin('statement_keys', 'statement_keys.seq', 'statements.seq')
      .select(['statements.id', 'statement_keys.kind', 'statement_keys.value'])
      .where('statements.id', 'in', chunk)
      .execute();
    for (const row of rows) {
      const list = keys.get(row.id) ?? [];
      list.push({ kind: row.kind as StatementKey['kind'], value: row.value });
      keys.set(row.id, list);
    }
  }
  return keys;
}

async function writeKeyRows(
  trx: Transaction<HostDatabase>,
  rows: readonly StatementKeyTable[],
): Promise<void> {
  for (const chunk of inChunks(rows, KEY_ROWS_PER_INSERT)) {
    await trx
      .insertInto('statement_keys')
      .values(chunk)
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }
}

function uniqueKeys(keys: readonly StatementKey[]): StatementKey[] {
  const unique = new Map(keys.map((key) => [`${key.kind} ${key.value}`, key]));
  return [...unique.values()];
}
