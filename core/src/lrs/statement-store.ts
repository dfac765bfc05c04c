import { FabriqueError, type Statement, timestampToDate } from '@fabrique/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { HostDatabase, StatementTable } from '../db/database-schema.js';
import { actorKey } from './actor-key.js';
import { sameStatement } from './statement-equivalence.js';

const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

/** A complete statement (id, stored, authority set) and where it came from. */
export interface StatementToStore {
  statement: Statement & { id: string; stored: string; timestamp: string };
  pluginId?: string;
  classId?: string;
  /** True when the LRS set the timestamp because the sender left it out. */
  timestampAssigned?: boolean;
}

/** Result of storing a batch: which ids were new and which were already stored identically. */
export interface StoreResult {
  inserted: string[];
  unchanged: string[];
}

/**
 * Statements of the LRS. A batch is written in one transaction: when one
 * statement conflicts, nothing of the batch is stored.
 */
export class StatementStore {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  /**
   * Stores a batch. A statement whose id is already stored with the same
   * content is left as it is; with other content the batch fails with
   * `statement-conflict`. When a concurrent writer inserts the same id
   * between the check and the insert, the batch is tried once more, and the
   * second try sees that writer's statement.
   */
  async insertBatch(batch: StatementToStore[]): Promise<StoreResult> {
    try {
      return await this.insertBatchOnce(batch);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.insertBatchOnce(batch);
    }
  }

  private insertBatchOnce(batch: StatementToStore[]): Promise<StoreResult> {
    return this.db.transaction().execute(async (trx) => {
      const result: StoreResult = { inserted: [], unchanged: [] };
      for (const item of batch) {
        const existing = await findRow(trx, item.statement.id);
        if (existing) {
          requireSame(existing.statement, item);
          result.unchanged.push(item.statement.id);
          continue;
        }
        await trx.insertInto('statements').values(toRow(item)).execute();
        await applyVoiding(trx, item.statement);
        result.inserted.push(item.statement.id);
      }
      return result;
    });
  }

  /** Finds a statement by id; a voided statement is found only with `voided: true`, and vice versa. */
  async findById(id: string, options: { voided: boolean }): Promise<Statement | undefined> {
    const row = await findRow(this.db, id);
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

  /** Returns the `stored` time of the newest statement, for `X-Experience-API-Consistent-Through`. */
  async latestStored(): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('statements')
      .select('stored')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.stored;
  }
}

function findRow(db: Kysely<HostDatabase> | Transaction<HostDatabase>, id: string) {
  return db
    .selectFrom('statements')
    .selectAll()
    .where('id', '=', id.toLowerCase())
    .executeTakeFirst();
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

/**
 * Marks the target of a voiding statement as voided. A voiding statement
 * itself cannot be voided, and a statement can be voided only under the
 * authority that stored it: an outside client cannot erase what a plugin or
 * another client recorded.
 *
 * @throws FabriqueError `void-forbidden` when the authorities differ.
 */
async function applyVoiding(trx: Transaction<HostDatabase>, statement: Statement): Promise<void> {
  if (statement.verb.id !== VOIDED_VERB || statement.object.objectType !== 'StatementRef') return;
  const targetId = statement.object.id.toLowerCase();
  const target = await findRow(trx, targetId);
  if (!target || target.verb_id === VOIDED_VERB) return;
  const targetAuthority = (JSON.parse(target.statement) as Statement).authority;
  if (!sameAuthority(targetAuthority, statement.authority)) {
    throw new FabriqueError(
      'void-forbidden',
      403,
      `Statement ${targetId} was stored under another authority and cannot be voided by this one.`,
      { statementId: targetId },
    );
  }
  await trx.updateTable('statements').set({ voided: 1 }).where('id', '=', targetId).execute();
}

function sameAuthority(left: Statement['authority'], right: Statement['authority']): boolean {
  return left !== undefined && right !== undefined && authorityKey(left) === authorityKey(right);
}

/** Identifies an authority: an agent's identifier, or an OAuth group's two members. */
function authorityKey(authority: NonNullable<Statement['authority']>): string {
  if (authority.objectType === 'Group' && 'member' in authority && authority.member) {
    return authority.member
      .map((member) => actorKey(member))
      .sort()
      .join('+');
  }
  return actorKey(authority);
}

function toRow(item: StoreStatementRowInput): Omit<StatementTable, 'seq'> {
  const { statement } = item;
  const object = statement.object;
  return {
    id: statement.id,
    statement: JSON.stringify(statement),
    verb_id: statement.verb.id,
    actor_key: actorKey(statement.actor),
    object_id:
      object.objectType === undefined || object.objectType === 'Activity' ? object.id : null,
    registration: statement.context?.registration ?? null,
    // Normalised so that text order is time order whatever ISO 8601 form was sent.
    timestamp: timestampToDate(statement.timestamp)?.toISOString() ?? statement.timestamp,
    stored: statement.stored,
    voided: 0,
    plugin_id: item.pluginId ?? null,
    class_id: item.classId ?? null,
  };
}

type StoreStatementRowInput = StatementToStore;
