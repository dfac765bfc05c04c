import type { Statement } from '@fabrique/sdk';
import type { Context } from 'hono';
import type { HostEnv } from '../../http/host-env.js';
import { listStoredAttachments, readAttachmentContent } from './attachment-contents.js';
import { streamMultipartBody } from './multipart-writer.js';
import { statementAttachments } from './statement-attachments.js';

/**
 * Sends statements: as JSON, or with `attachments=true` as `multipart/mixed`
 * with the JSON first and then the stored content of each distinct sha2
 * that the statements' attachments list.
 */
export async function sendStatements(
  context: Context<HostEnv>,
  payload: unknown,
  statements: readonly Statement[],
  withAttachments: boolean,
): Promise<Response> {
  if (!withAttachments) return context.json(payload);
  const { db } = context.var.services;
  const sha2s = new Set(
    statements.flatMap((statement) =>
      statementAttachments(statement).map((attachment) => attachment.sha2.toLowerCase()),
    ),
  );
  const attachments = await listStoredAttachments(db, [...sha2s]);
  const { boundary, body } = streamMultipartBody(payload, attachments, async (sha2) => {
    const content = await readAttachmentContent(db, sha2);
    if (content === undefined) {
      context.var.logger.warn({ sha2 }, 'attachment deleted while a response was sending it');
    }
    return content;
  });
  return context.body(body, 200, { 'Content-Type': `multipart/mixed; boundary=${boundary}` });
}
