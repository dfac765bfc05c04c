import { type Kysely, type Migration, sql, type Transaction } from 'kysely';
import { updateActivityDefinitions } from '../../lrs/statements/activity-definitions.js';
import { insertStatementKeys } from '../../lrs/statements/statement-key-rows.js';
import { referencedStatementId } from '../../lrs/statements/statement-row.js';
import type { InsertedStatement } from '../../lrs/statements/statement-store.js';
import type { HostDatabase } from '../database-schema.js';
import { binaryType, type SqlDialectName, sequenceColumn, sequenceType } from '../sql-dialect.js';

/**
 * Adds what a complete LRS needs: filter keys of statements (one row per
 * agent, activity, verb and registration a filter can match), attachments,
 * documents (state, activity and agent profiles), canonical activity
 * definitions and statement forwarding to other LRSs.
 */
export function lrsStore(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await extendStatements(db);
      await createStatementKeys(db, dialect);
      await createAttachmentTables(db, dialect);
      await createDocumentTables(db, dialect);
      await createForwardingTables(db, dialect);
      await indexStoredStatements(db as Kysely<HostDatabase>);
    },
  };
}

const BACKFILL_ROWS = 500;

/**
 * Fills `ref_target`, `statement_keys` and `lrs_activities` for statements
 * stored before this migration, so that queries find them like new ones.
 */
async function indexStoredStatements(db: Kysely<HostDatabase>): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('statements')
      .select(['seq', 'statement'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BACKFILL_ROWS)
      .execute();
    const last = rows.at(-1);
    if (!last) return;
    const trx = db as unknown as Transaction<HostDatabase>;
    const inserted = rows.map((row) => ({
      seq: row.seq,
      statement: JSON.parse(row.statement) as InsertedStatement['statement'],
    }));
    for (const { seq, statement } of inserted) {
      await db
        .updateTable('statements')
        .set({
          ref_target: referencedStatementId(statement),
          size: JSON.stringify(statement).length,
        })
        .where('seq', '=', seq)
        .execute();
    }
    await insertStatementKeys(trx, inserted);
    await updateActivityDefinitions(trx, inserted);
    after = last.seq;
  }
}

async function extendStatements(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('statements').addColumn('ref_target', 'text').execute();
  await db.schema
    .alterTable('statements')
    .addColumn('size', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('statements_ref_target')
    .on('statements')
    .column('ref_target')
    .execute();
  // Statements that target another, in stored order, for filters that match through the target.
  await db.schema
    .createIndex('statements_referring')
    .on('statements')
    .column('seq')
    .where(sql.ref('ref_target'), 'is not', null)
    .execute();
  await db.schema.createIndex('statements_stored').on('statements').column('stored').execute();
  // Only plugin statements are read by class; outside tools may send verbs of any length,
  // which a B-tree entry on PostgreSQL could not hold.
  await db.schema.dropIndex('statements_class_plugin_verb').execute();
  await db.schema
    .createIndex('statements_class_plugin_verb')
    .on('statements')
    .columns(['class_id', 'plugin_id', 'verb_id', 'seq'])
    .where(sql.ref('class_id'), 'is not', null)
    .execute();
}

async function createStatementKeys(db: Kysely<unknown>, dialect: SqlDialectName): Promise<void> {
  // The primary key serves every filter as one ordered range: kind, value, then seq.
  let keys = db.schema
    .createTable('statement_keys')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('seq', sequenceType(dialect), (col) => col.notNull())
    .addPrimaryKeyConstraint('statement_keys_pk', ['kind', 'value', 'seq']);
  if (dialect === 'sqlite') keys = keys.modifyEnd(sql`without rowid`);
  await keys.execute();
  await db.schema.createIndex('statement_keys_seq').on('statement_keys').column('seq').execute();
}

async function createAttachmentTables(db: Kysely<unknown>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('sha2', 'text', (col) => col.primaryKey())
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('length', 'integer', (col) => col.notNull())
    .addColumn('content', binaryType(dialect), (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('statement_attachments')
    .addColumn('seq', sequenceType(dialect), (col) => col.notNull())
    .addColumn('sha2', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('statement_attachments_pk', ['seq', 'sha2'])
    .execute();
  await db.schema
    .createIndex('statement_attachments_sha2')
    .on('statement_attachments')
    .column('sha2')
    .execute();
}

async function createDocumentTables(db: Kysely<unknown>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('lrs_documents')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('activity_id', 'text', (col) => col.notNull())
    .addColumn('agent_key', 'text', (col) => col.notNull())
    .addColumn('registration', 'text', (col) => col.notNull())
    .addColumn('document_id', 'text', (col) => col.notNull())
    .addColumn('content', binaryType(dialect), (col) => col.notNull())
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('etag', 'text', (col) => col.notNull())
    .addColumn('updated', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('lrs_documents_pk', [
      'kind',
      'activity_id',
      'agent_key',
      'registration',
      'document_id',
    ])
    .execute();
  await db.schema
    .createIndex('lrs_documents_agent')
    .on('lrs_documents')
    .columns(['agent_key', 'kind'])
    .execute();
  await db.schema
    .createIndex('lrs_documents_updated')
    .on('lrs_documents')
    .column('updated')
    .execute();
  await db.schema
    .createTable('lrs_activities')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('definition', 'text', (col) => col.notNull())
    .addColumn('authority', 'text', (col) => col.notNull())
    .addColumn('updated', 'text', (col) => col.notNull())
    .execute();
}

async function createForwardingTables(db: Kysely<unknown>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('lrs_forward_targets')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('endpoint', 'text', (col) => col.notNull())
    .addColumn('username', 'text', (col) => col.notNull())
    .addColumn('password', 'text', (col) => col.notNull())
    .addColumn('filter', 'text', (col) => col.notNull())
    .addColumn('enabled', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('lrs_forward_queue')
    .addColumn('seq', sequenceType(dialect), sequenceColumn(dialect))
    .addColumn('target_id', 'text', (col) =>
      col.notNull().references('lrs_forward_targets.id').onDelete('cascade'),
    )
    .addColumn('statement_seq', sequenceType(dialect), (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('lrs_forward_queue_due')
    .on('lrs_forward_queue')
    .columns(['state', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('lrs_forward_queue_statement')
    .on('lrs_forward_queue')
    .column('statement_seq')
    .execute();
}
