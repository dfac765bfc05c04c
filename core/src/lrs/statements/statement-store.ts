import { FabriqueError, type Statement } from '@fabrique/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import type { SqlDialectName } from '../../db/sql-dialect.js';
import type { AttachmentPart } from '../attachments/attachment-part.js';
import { updateActivityDefinitions } from './activity-definitions.js';
import { storeAttachments } from './attachment-rows.js';
import { sameStatement } from './statement-equivalence.js';
import { insertStatementKeys } from './statement-key-rows.js';
import { readStatementPage, type StatementPage } from './statement-page.js';
import type { FilteredStatementQuery } from './statement-query.js';
import { type StatementToStore, toStatementRow } from './statement-row.js';
import { applyVoiding } from './statement-voiding.js';
import { lockStatementWrites } from './write-lock.js';

export type { StatementToStore } from './statement-row.js';

/** Result of storing a batch: which ids were new and which were already stored identically. */
export interface StoreResult {
  inserted: string[];
  unchanged: string[];
}

/** A statement just written, with its place in stored order. */
export interface InsertedStatement {
  seq: number;
  statement: StatementToStore['statement'];
}

/**
 * Work done in the transaction that stores statements, after they are
 * written: statement forwarding queues its copies here, so that a statement
 * is never stored without them.
 */
export type StatementWriteHook = (
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
) => Promise<void>;

const STATEMENT_ROWS_PER_INSERT = 500;

/**
 * Statements of the LRS. A batch is written in one transaction: when one
 * statement conflicts, nothing of the batch is stored.
 */
export class StatementStore {
  private readonly writeHooks: StatementWriteHook[] = [];
  /** Start times (ms) of the statement writes in progress in this process. */
  private readonly writesInProgress = new Set<{ startedAt: number }>();

  constructor(
    private readonly db: Kysely<HostDatabase>,
    private readonly dialect: SqlDialectName,
  ) {}

  /** Adds work to run in every statement-writing transaction. */
  addWriteHook(hook: StatementWriteHook): void {
    this.writeHooks.push(hook);
  }

  /**
   * Stores a batch and the attachment contents sent with it. `stored` is set
   * here, in write order, so it never decreases along `seq`. A statement whose
   * id is already stored with the same content is left as it is; with other
   * content the batch fails with `statement-conflict`. When a concurrent
   * writer inserts the same id between the check and the insert, the batch is
   * tried once more, and the second try reads that writer's statement.
   */
  async insertBatch(
    batch: StatementToStore[],
    parts: readonly AttachmentPart[] = [],
  ): Promise<StoreResult> {
    const write = { startedAt: Date.now() };
    this.writesInProgress.add(write);
    try {
      return await this.insertBatchOnce(batch, parts);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return await this.insertBatchOnce(batch, parts);
    } finally {
      this.writesInProgress.delete(write);
    }
  }

  private insertBatchOnce(
    batch: StatementToStore[],
    parts: readonly AttachmentPart[],
  ): Promise<StoreResult> {
    return this.db.transaction().execute(async (trx) => {
      await lockStatementWrites(trx, this.dialect);
      const stored = await nextStoredTime(trx);
      for (const item of batch) {
        item.statement.stored = stored;
        if (item.timestampAssigned) item.statement.timestamp = stored;
      }
      const existing = await findStoredStatements(
        trx,
        batch.map((item) => item.statement.id),
      );
      const result: StoreResult = { inserted: [], unchanged: [] };
      const fresh: StatementToStore[] = [];
      for (const item of batch) {
        const previous = existing.get(item.statement.id);
        if (previous === undefined) {
          fresh.push(item);
          result.inserted.push(item.statement.id);
        } else {
          requireSame(previous, item);
          result.unchanged.push(item.statement.id);
        }
      }
      if (fresh.length === 0) return result;
      const inserted = await insertRows(trx, fresh);
      await insertStatementKeys(trx, inserted);
      await applyVoiding(trx, inserted);
      await storeAttachments(trx, inserted, parts);
      await updateActivityDefinitions(trx, inserted);
      for (const hook of this.writeHooks) await hook(trx, inserted);
      return result;
    });
  }

  /** Finds a statement by id; a voided statement is found only with `voided: true`, and vice versa. */
  async findById(id: string, options: { voided: boolean }): Promise<Statement | undefined> {
    const row = await this.db
      .selectFrom('statements')
      .select(['statement', 'voided'])
      .where('id', '=', id.toLowerCase())
      .executeTakeFirst();
    if (!row || (row.voided === 1) !== options.voided) return undefined;
    return JSON.parse(row.statement) as Statement;
  }

  /** Lists the unvoided statements a plugin recorded in a class with the given verbs, oldest first. */
  async listForClassPlugin(
    classId: string,
    pluginId: string,
    verbIds: string[],
  ): Promise<Statement[]> {
    if (verbIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('statements')
      .select('statement')
      .where('class_id', '=', classId)
      .where('plugin_id', '=', pluginId)
      .where('verb_id', 'in', verbIds)
      .where('voided', '=', 0)
      .orderBy('seq')
      .execute();
    return rows.map((row) => JSON.parse(row.statement) as Statement);
  }

  /** Reads one page of a statements query; see `readStatementPage`. */
  query(query: FilteredStatementQuery): Promise<StatementPage> {
    return readStatementPage(this.db, query);
  }

  /**
   * Returns the time up to which every stored statement is readable, for
   * `X-Experience-API-Consistent-Through`: now, or just before the start of
   * the oldest write still in progress, whose `stored` time cannot be earlier.
   *
   * NOTE: only writes of this process are counted. Several hosts sharing one
   * PostgreSQL database may therefore report a time that a write of another
   * host has not committed yet.
   */
  consistentThrough(): string {
    let through = Date.now();
    for (const write of this.writesInProgress) through = Math.min(through, write.startedAt - 1);
    return new Date(through).toISOString();
  }
}

async function latestStoredTime(
  db: Kysely<HostDatabase> | Transaction<HostDatabase>,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('statements')
    .select('stored')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.stored;
}

/** Chooses the `stored` time of a new batch: now, or the newest stored time if the clock went back. */
async function nextStoredTime(trx: Transaction<HostDatabase>): Promise<string> {
  const now = new Date().toISOString();
  const latest = await latestStoredTime(trx);
  return latest !== undefined && latest > now ? latest : now;
}

async function findStoredStatements(
  trx: Transaction<HostDatabase>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const chunk of inChunks(ids, STATEMENT_ROWS_PER_INSERT)) {
    const rows = await trx
      .selectFrom('statements')
      .select(['id', 'statement'])
      .where('id', 'in', chunk)
      .execute();
    for (const row of rows) found.set(row.id, row.statement);
  }
  return found;
}

async function insertRows(
  trx: Transaction<HostDatabase>,
  fresh: readonly StatementToStore[],
): Promise<InsertedStatement[]> {
  const seqById = new Map<string, number>();
  for (const chunk of inChunks(fresh, STATEMENT_ROWS_PER_INSERT)) {
    const rows = await trx
      .insertInto('statements')
      .values(chunk.map(toStatementRow))
      .returning(['seq', 'id'])
      .execute();
    for (const row of rows) seqById.set(row.id, row.seq);
  }
  return fresh.map((item) => ({
    seq: seqById.get(item.statement.id) as number,
    statement: item.statement,
  }));
}

function requireSame(storedJson: string, item: StatementToStore): void {
  const same = sameStatement(JSON.parse(storedJson) as Statement, item.statement, {
    ignoreTimestamp: item.timestampAssigned === true,
  });
  if (!same) {
    throw new FabriqueError(
      'statement-conflict',
      409,
      `A different statement is already stored under id ${item.statement.id}.`,
      { statementId: item.statement.id },
    );
  }
}

/** Recognises a unique-key violation from better-sqlite3 or PostgreSQL. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  );
}
