import type { Kysely } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import type { AttachmentPart } from './attachment-part.js';

const SHA2_PER_QUERY = 500;

/**
 * Reads the stored contents of attachments by sha2, in the order given. A
 * sha2 with no stored content, such as a `fileUrl`-only attachment, is left out.
 */
export async function readAttachmentContents(
  db: Kysely<HostDatabase>,
  sha2s: readonly string[],
): Promise<AttachmentPart[]> {
  const found = new Map<string, AttachmentPart>();
  for (const chunk of inChunks(sha2s, SHA2_PER_QUERY)) {
    const rows = await db
      .selectFrom('attachments')
      .select(['sha2', 'content_type', 'content'])
      .where('sha2', 'in', chunk)
      .execute();
    for (const row of rows) {
      found.set(row.sha2, { sha2: row.sha2, contentType: row.content_type, content: row.content });
    }
  }
  return sha2s.flatMap((sha2) => found.get(sha2) ?? []);
}
