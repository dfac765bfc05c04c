import type { Statement } from '@fabrique/sdk';
import { type Kysely, sql } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import type { StatementKey } from './statement-keys.js';
import { encodeMoreToken, type FilteredStatementQuery } from './statement-query.js';

/** One page of a statements query, and the token of the next page if there is one. */
export interface StatementPage {
  statements: Statement[];
  more?: string;
}

// Filters narrow best in this order, so the first one present drives the
// index scan and the others are checked per row.
const DRIVING_ORDER: StatementKey['kind'][] = [
  'registration',
  'agent',
  'activity',
  'related-agent',
  'related-activity',
  'verb',
];

/**
 * Reads one page of unvoided statements in stored order (newest first
 * unless ascending). Every filter is a range of the `statement_keys` primary
 * key, and `since` and `until` become bounds on `seq`, because `stored`
 * never decreases along `seq`. The first page fixes the newest seq it can
 * see. The pages after it read below that snapshot and past the last seq
 * returned, so paging never repeats or skips a statement while writes go on.
 */
export async function readStatementPage(
  db: Kysely<HostDatabase>,
  query: FilteredStatementQuery,
): Promise<StatementPage> {
  const snapshot = query.cursor?.snapshot ?? (await maxSeq(db));
  const bounds = await seqBounds(db, query, snapshot);
  if (!bounds) return { statements: [] };
  const rows = await selectRows(db, query.keys, bounds, query.ascending, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const statements = page.map((row) => JSON.parse(row.statement) as Statement);
  const last = page.at(-1);
  if (rows.length <= query.limit || !last) return { statements };
  return { statements, more: encodeMoreToken(query, { last: last.seq, snapshot }) };
}

interface SeqBounds {
  low: number;
  high: number;
}

async function maxSeq(db: Kysely<HostDatabase>): Promise<number> {
  const row = await db
    .selectFrom('statements')
    .select('seq')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.seq ?? 0;
}

/** Turns the snapshot, `since`, `until` and the cursor into an inclusive seq range. */
async function seqBounds(
  db: Kysely<HostDatabase>,
  query: FilteredStatementQuery,
  snapshot: number,
): Promise<SeqBounds | undefined> {
  let low = 1;
  let high = snapshot;
  if (query.since !== undefined) {
    const first = await db
      .selectFrom('statements')
      .select('seq')
      .where('stored', '>', query.since)
      .orderBy('stored')
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst();
    if (!first) return undefined;
    low = Math.max(low, first.seq);
  }
  if (query.until !== undefined) {
    const last = await db
      .selectFrom('statements')
      .select('seq')
      .where('stored', '<=', query.until)
      .orderBy('stored', 'desc')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last) return undefined;
    high = Math.min(high, last.seq);
  }
  if (query.cursor) {
    if (query.ascending) low = Math.max(low, query.cursor.last + 1);
    else high = Math.min(high, query.cursor.last - 1);
  }
  return low <= high ? { low, high } : undefined;
}

async function selectRows(
  db: Kysely<HostDatabase>,
  keys: readonly StatementKey[],
  bounds: SeqBounds,
  ascending: boolean,
  limit: number,
): Promise<Array<{ seq: number; statement: string }>> {
  const direction = ascending ? 'asc' : 'desc';
  const [driver, ...others] = [...keys].sort(
    (left, right) => DRIVING_ORDER.indexOf(left.kind) - DRIVING_ORDER.indexOf(right.kind),
  );
  if (!driver) {
    return db
      .selectFrom('statements')
      .select(['seq', 'statement'])
      .where('voided', '=', 0)
      .where('seq', '>=', bounds.low)
      .where('seq', '<=', bounds.high)
      .orderBy('seq', direction)
      .limit(limit)
      .execute();
  }
  let select = db
    .selectFrom('statement_keys as k0')
    .innerJoin('statements as s', 's.seq', 'k0.seq')
    .select(['s.seq', 's.statement'])
    .where('k0.kind', '=', driver.kind)
    .where('k0.value', '=', driver.value)
    .where('k0.seq', '>=', bounds.low)
    .where('k0.seq', '<=', bounds.high)
    .where('s.voided', '=', 0);
  for (const key of others) {
    select = select.where(
      sql<boolean>`exists (select 1 from statement_keys k where k.kind = ${key.kind} and k.value = ${key.value} and k.seq = k0.seq)`,
    );
  }
  return select.orderBy('k0.seq', direction).limit(limit).execute();
}
