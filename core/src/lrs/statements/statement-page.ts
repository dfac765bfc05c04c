import type { Statement } from '@fabrique/sdk';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { indexKey } from '../../db/index-key.js';
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
 * Largest total size of the statements of one page, in UTF-16 code units of
 * their JSON. A page contains fewer than `limit` statements when they are
 * large, and always at least one.
 */
export const MAX_PAGE_SIZE = 8 * 1024 * 1024;

/**
 * Reads one page of unvoided statements in stored order (newest first
 * unless ascending). A statement matches when it carries every filter key,
 * or when the statement its StatementRef targets does. Every filter is a
 * range of the `statement_keys` primary key, and `since` and `until` become
 * bounds on `seq`, because `stored` never decreases along `seq`. The first
 * page fixes the newest seq it can see. The pages after it read below that
 * snapshot and past the last seq returned, so paging never repeats or skips
 * a statement while writes go on.
 *
 * NOTE: matching through a StatementRef goes one level deep: a statement
 * that targets a statement that itself targets a match is not returned.
 */
export async function readStatementPage(
  db: Kysely<HostDatabase>,
  query: FilteredStatementQuery,
): Promise<StatementPage> {
  const snapshot = query.cursor?.snapshot ?? (await maxSeq(db));
  const bounds = await seqBounds(db, query, snapshot);
  if (!bounds) return { statements: [] };
  const keys = query.keys.map((key) => ({ ...key, value: indexKey(key.value) }));
  const candidates = await selectCandidates(db, keys, bounds, query.ascending, query.limit + 1);
  const page = cutPage(candidates, query.limit);
  const statements = await loadStatements(db, page);
  const last = page.at(-1);
  if (page.length === candidates.length || !last) return { statements };
  return { statements, more: encodeMoreToken(query, { last: last.seq, snapshot }) };
}

interface Candidate {
  seq: number;
  size: number;
}

/** Keeps the first candidates up to `limit` and `MAX_PAGE_SIZE`, at least one. */
function cutPage(candidates: readonly Candidate[], limit: number): Candidate[] {
  const page: Candidate[] = [];
  let size = 0;
  for (const candidate of candidates.slice(0, limit)) {
    if (page.length > 0 && size + candidate.size > MAX_PAGE_SIZE) break;
    page.push(candidate);
    size += candidate.size;
  }
  return page;
}

async function loadStatements(
  db: Kysely<HostDatabase>,
  page: readonly Candidate[],
): Promise<Statement[]> {
  if (page.length === 0) return [];
  const rows = await db
    .selectFrom('statements')
    .select(['seq', 'statement'])
    .where(
      'seq',
      'in',
      page.map((candidate) => candidate.seq),
    )
    .execute();
  const bySeq = new Map(rows.map((row) => [row.seq, row.statement]));
  return page.map((candidate) => JSON.parse(bySeq.get(candidate.seq) as string) as Statement);
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

/**
 * Lists up to `limit` matching statements in page order: those carrying the
 * keys, merged with those whose StatementRef target carries them.
 */
async function selectCandidates(
  db: Kysely<HostDatabase>,
  keys: readonly StatementKey[],
  bounds: SeqBounds,
  ascending: boolean,
  limit: number,
): Promise<Candidate[]> {
  const direct = await selectMatching(db, keys, bounds, ascending, limit);
  if (keys.length === 0) return direct;
  const referring = await selectReferring(db, keys, bounds, ascending, limit);
  const merged = new Map<number, Candidate>();
  for (const candidate of [...direct, ...referring]) merged.set(candidate.seq, candidate);
  return [...merged.values()]
    .sort((left, right) => (ascending ? left.seq - right.seq : right.seq - left.seq))
    .slice(0, limit);
}

async function selectMatching(
  db: Kysely<HostDatabase>,
  keys: readonly StatementKey[],
  bounds: SeqBounds,
  ascending: boolean,
  limit: number,
): Promise<Candidate[]> {
  const direction = ascending ? 'asc' : 'desc';
  const [driver, ...others] = [...keys].sort(
    (left, right) => DRIVING_ORDER.indexOf(left.kind) - DRIVING_ORDER.indexOf(right.kind),
  );
  if (!driver) {
    return db
      .selectFrom('statements')
      .select(['seq', 'size'])
      .where('voided', '=', 0)
      .where('seq', '>=', bounds.low)
      .where('seq', '<=', bounds.high)
      .orderBy('seq', direction)
      .limit(limit)
      .execute();
  }
  if (others.length > 0) return walkDriverKey(db, driver, others, bounds, ascending, limit);
  return db
    .selectFrom('statement_keys as k0')
    .innerJoin('statements as s', 's.seq', 'k0.seq')
    .select(['s.seq', 's.size'])
    .where('k0.kind', '=', driver.kind)
    .where('k0.value', '=', driver.value)
    .where('k0.seq', '>=', bounds.low)
    .where('k0.seq', '<=', bounds.high)
    .where('s.voided', '=', 0)
    .orderBy('k0.seq', direction)
    .limit(limit)
    .execute();
}

/** Minimum number of driving-key seqs read per step of `walkDriverKey`. */
const MIN_DRIVER_STEP = 100;

/**
 * Walks the driving key's seqs in page order, a step at a time, and keeps
 * the unvoided statements among them that carry every other key. Written as
 * one query with an EXISTS per other key, PostgreSQL 15 reads the driving
 * key's whole range and sorts it whenever it estimates fewer matches than the
 * limit. A page would then cost time in proportion to all the statements of,
 * say, one pupil. Stepping bounds the work by the rows read until the page
 * is full, whatever the planner estimates.
 */
async function walkDriverKey(
  db: Kysely<HostDatabase>,
  driver: StatementKey,
  others: readonly StatementKey[],
  bounds: SeqBounds,
  ascending: boolean,
  limit: number,
): Promise<Candidate[]> {
  const direction = ascending ? 'asc' : 'desc';
  const step = Math.max(MIN_DRIVER_STEP, 2 * limit);
  const found: Candidate[] = [];
  let { low, high } = bounds;
  while (found.length < limit && low <= high) {
    const driverRows = await db
      .selectFrom('statement_keys')
      .select('seq')
      .where('kind', '=', driver.kind)
      .where('value', '=', driver.value)
      .where('seq', '>=', low)
      .where('seq', '<=', high)
      .orderBy('seq', direction)
      .limit(step)
      .execute();
    const last = driverRows.at(-1);
    if (!last) break;
    let select = db
      .selectFrom('statements as s')
      .select(['s.seq', 's.size'])
      .where(
        's.seq',
        'in',
        driverRows.map((row) => row.seq),
      )
      .where('s.voided', '=', 0);
    for (const key of others) select = select.where(hasKey(key, sql.ref('s.seq')));
    found.push(...(await select.orderBy('s.seq', direction).execute()));
    if (driverRows.length < step) break;
    if (ascending) low = last.seq + 1;
    else high = last.seq - 1;
  }
  return found.slice(0, limit);
}

/** Lists statements whose StatementRef target carries every key, through the partial index. */
async function selectReferring(
  db: Kysely<HostDatabase>,
  keys: readonly StatementKey[],
  bounds: SeqBounds,
  ascending: boolean,
  limit: number,
): Promise<Candidate[]> {
  let targets = db
    .selectFrom('statements as t')
    .select(sql`1`.as('one'))
    .where(sql<boolean>`t.id = s.ref_target`);
  for (const key of keys) targets = targets.where(hasKey(key, sql.ref('t.seq')));
  return db
    .selectFrom('statements as s')
    .select(['s.seq', 's.size'])
    .where('s.ref_target', 'is not', null)
    .where('s.voided', '=', 0)
    .where('s.seq', '>=', bounds.low)
    .where('s.seq', '<=', bounds.high)
    .where(({ exists }) => exists(targets))
    .orderBy('s.seq', ascending ? 'asc' : 'desc')
    .limit(limit)
    .execute();
}

function hasKey(key: StatementKey, seq: RawBuilder<unknown>) {
  return sql<boolean>`exists (select 1 from statement_keys k where k.kind = ${key.kind} and k.value = ${key.value} and k.seq = ${seq})`;
}
