import type { Kysely } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';

/** An attachment content in the store, without its bytes. */
export interface StoredAttachment {
  sha2: string;
  contentType: string;
  /** Size of the content in bytes. */
  length: number;
}

const SHA2_PER_QUERY = 500;

/**
 * Lists the stored attachment contents among the given lower-case sha2, in
 * the order given. A sha2 without stored content, such as that of a
 * `fileUrl`-only attachment, is left out.
 */
export async function listStoredAttachments(
  db: Kysely<HostDatabase>,
  sha2s: readonly string[],
): Promise<StoredAttachment[]> {
  const found = new Map<string, StoredAttachment>();
  for (const chunk of inChunks(sha2s, SHA2_PER_QUERY)) {
    const rows = await db
      .selectFrom('attachments')
      .select(['sha2', 'content_type', 'length'])
      .where('sha2', 'in', chunk)
      .execute();
    for (const row of rows) {
      found.set(row.sha2, { sha2: row.sha2, contentType: row.content_type, length: row.length });
    }
  }
  return sha2s.flatMap((sha2) => found.get(sha2) ?? []);
}

/** Reads the bytes of one stored attachment, or `undefined` when none has that sha2. */
export async function readAttachmentContent(
  db: Kysely<HostDatabase>,
  sha2: string,
): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom('attachments')
    .select('content')
    .where('sha2', '=', sha2)
    .executeTakeFirst();
  return row?.content;
}
