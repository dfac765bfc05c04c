import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { HostDatabase, LrsDocumentTable } from '../../db/database-schema.js';
import { indexKey } from '../../db/index-key.js';
import type { SqlDialectName } from '../../db/sql-dialect.js';
import { documentEtag } from './document-etag.js';

/** The resource a document belongs to. */
export type DocumentKind = LrsDocumentTable['kind'];

/**
 * The documents a listing or a bulk delete covers. Keys a kind does not use
 * are the empty string, and an undefined `registration` matches every registration.
 */
export interface DocumentScope {
  kind: DocumentKind;
  activityId: string;
  agentKey: string;
  registration?: string;
}

/** Identity of one document; `registration` is the empty string when absent. */
export interface DocumentKey extends DocumentScope {
  registration: string;
  documentId: string;
}

/** Content of a document as sent by a client. */
export interface DocumentContent {
  content: Buffer;
  contentType: string;
}

/** A stored document. */
export interface StoredDocument extends DocumentContent {
  /** Quoted SHA-1 of the content in hex. */
  etag: string;
  /** When the document was last written, ISO 8601 in UTC. */
  updated: string;
}

/**
 * Decides the new state of a document from its current one, inside the
 * transaction that writes it: new content, `null` to delete it, or a thrown
 * error to leave it unchanged.
 */
export type DocumentChange = (current: StoredDocument | undefined) => DocumentContent | null;

// A document's advisory lock on PostgreSQL has two keys: this class, then a hash
// of the document's identity. Any 32-bit number would do, and this one spells "Docs".
const DOCUMENT_LOCK_CLASS = 0x446f6373;

/**
 * Documents of the state, activity profile and agent profile resources. Each
 * write is one transaction, and writes to one document are serialised, so a
 * precondition checked in a {@link DocumentChange} is still true at commit.
 *
 * The activity IRI and agent key go into their columns through `indexKey`,
 * so that values of any length fit the primary key. No response shows them.
 */
export class DocumentStore {
  constructor(
    private readonly db: Kysely<HostDatabase>,
    private readonly dialect: SqlDialectName,
  ) {}

  /** Reads one document. */
  async find(key: DocumentKey): Promise<StoredDocument | undefined> {
    return findDocument(this.db, indexedScope(key));
  }

  /**
   * Lists the ids of the documents in a scope, updated strictly after `since`
   * (ISO 8601 in UTC) when given, in id order without duplicates.
   */
  async listIds(documents: DocumentScope, since?: string): Promise<string[]> {
    const scope = indexedScope(documents);
    let query = this.db
      .selectFrom('lrs_documents')
      .select('document_id')
      .distinct()
      .where('kind', '=', scope.kind)
      .where('activity_id', '=', scope.activityId)
      .where('agent_key', '=', scope.agentKey);
    if (scope.registration !== undefined) {
      query = query.where('registration', '=', scope.registration);
    }
    if (since !== undefined) query = query.where('updated', '>', since);
    const rows = await query.orderBy('document_id').execute();
    return rows.map((row) => row.document_id);
  }

  /**
   * Writes, replaces or deletes one document as `change` decides from its
   * current content, in one transaction.
   *
   * @returns the document as stored, or undefined when it was deleted.
   */
  async change(document: DocumentKey, change: DocumentChange): Promise<StoredDocument | undefined> {
    const key = indexedScope(document);
    return this.db.transaction().execute(async (trx) => {
      await this.lockDocument(trx, key);
      const current = await findDocument(trx, key);
      const next = change(current);
      if (next === null) {
        if (current) await deleteDocument(trx, key);
        return undefined;
      }
      const stored: StoredDocument = {
        ...next,
        etag: documentEtag(next.content),
        updated: new Date().toISOString(),
      };
      await writeDocument(trx, key, stored);
      return stored;
    });
  }

  /** Deletes every document of a scope and returns how many there were. */
  async deleteScope(documents: DocumentScope): Promise<number> {
    const scope = indexedScope(documents);
    let query = this.db
      .deleteFrom('lrs_documents')
      .where('kind', '=', scope.kind)
      .where('activity_id', '=', scope.activityId)
      .where('agent_key', '=', scope.agentKey);
    if (scope.registration !== undefined) {
      query = query.where('registration', '=', scope.registration);
    }
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /**
   * Serialises writers of one document. Kysely's SQLite driver runs one
   * transaction at a time over its single connection already. On PostgreSQL,
   * a transaction-scoped advisory lock makes a second writer wait, even when
   * the document does not exist yet and no row could be locked.
   */
  private async lockDocument(trx: Transaction<HostDatabase>, key: DocumentKey): Promise<void> {
    if (this.dialect !== 'postgres') return;
    const identity = [key.kind, key.activityId, key.agentKey, key.registration, key.documentId];
    const hash = createHash('sha1').update(identity.join('\n')).digest().readInt32BE(0);
    await sql`select pg_advisory_xact_lock(${DOCUMENT_LOCK_CLASS}::int4, ${hash}::int4)`.execute(
      trx,
    );
  }
}

/** Returns a scope or key with the activity IRI and agent key as their columns store them. */
function indexedScope<T extends DocumentScope>(scope: T): T {
  return { ...scope, activityId: indexKey(scope.activityId), agentKey: indexKey(scope.agentKey) };
}

async function findDocument(
  db: Kysely<HostDatabase> | Transaction<HostDatabase>,
  key: DocumentKey,
): Promise<StoredDocument | undefined> {
  const row = await db
    .selectFrom('lrs_documents')
    .select(['content', 'content_type', 'etag', 'updated'])
    .where('kind', '=', key.kind)
    .where('activity_id', '=', key.activityId)
    .where('agent_key', '=', key.agentKey)
    .where('registration', '=', key.registration)
    .where('document_id', '=', key.documentId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    content: Buffer.from(row.content.buffer, row.content.byteOffset, row.content.byteLength),
    contentType: row.content_type,
    etag: row.etag,
    updated: row.updated,
  };
}

async function writeDocument(
  trx: Transaction<HostDatabase>,
  key: DocumentKey,
  document: StoredDocument,
): Promise<void> {
  const values = {
    content: document.content,
    content_type: document.contentType,
    etag: document.etag,
    updated: document.updated,
  };
  await trx
    .insertInto('lrs_documents')
    .values({
      kind: key.kind,
      activity_id: key.activityId,
      agent_key: key.agentKey,
      registration: key.registration,
      document_id: key.documentId,
      ...values,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['kind', 'activity_id', 'agent_key', 'registration', 'document_id'])
        .doUpdateSet(values),
    )
    .execute();
}

async function deleteDocument(trx: Transaction<HostDatabase>, key: DocumentKey): Promise<void> {
  await trx
    .deleteFrom('lrs_documents')
    .where('kind', '=', key.kind)
    .where('activity_id', '=', key.activityId)
    .where('agent_key', '=', key.agentKey)
    .where('registration', '=', key.registration)
    .where('document_id', '=', key.documentId)
    .execute();
}
