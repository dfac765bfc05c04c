import type { Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import type { AttachmentPart } from '../attachments/attachment-part.js';
import { statementAttachments } from '../attachments/statement-attachments.js';
import type { InsertedStatement } from './statement-store.js';

const ROWS_PER_INSERT = 500;

/**
 * Stores attachment contents once per sha2 and links each new statement to
 * the sha2 of every attachment it and its SubStatement declare, `fileUrl`-only
 * ones included. Links use lower-case hex, as attachment parts do.
 */
export async function storeAttachments(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
  parts: readonly AttachmentPart[],
): Promise<void> {
  const createdAt = new Date().toISOString();
  for (const part of new Map(parts.map((part) => [part.sha2, part])).values()) {
    await trx
      .insertInto('attachments')
      .values({
        sha2: part.sha2,
        content_type: part.contentType,
        length: part.content.byteLength,
        content: part.content,
        created_at: createdAt,
      })
      .onConflict((conflict) => conflict.column('sha2').doNothing())
      .execute();
  }
  const links = inserted.flatMap(({ seq, statement }) =>
    [
      ...new Set(
        statementAttachments(statement).map((attachment) => attachment.sha2.toLowerCase()),
      ),
    ].map((sha2) => ({ seq, sha2 })),
  );
  for (const chunk of inChunks(links, ROWS_PER_INSERT)) {
    await trx.insertInto('statement_attachments').values(chunk).execute();
  }
}
