import type { Statement } from '@fabrique/sdk';
import type { Context } from 'hono';
import type { HostEnv } from '../../http/host-env.js';
import { readAttachmentContents } from './attachment-contents.js';
import { writeMultipartBody } from './multipart-writer.js';
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
  const sha2s = new Set(
    statements.flatMap((statement) =>
      statementAttachments(statement).map((attachment) => attachment.sha2.toLowerCase()),
    ),
  );
  const parts = await readAttachmentContents(context.var.services.db, [...sha2s]);
  const { boundary, body } = writeMultipartBody(payload, parts);
  return context.body(new Uint8Array(body), 200, {
    'Content-Type': `multipart/mixed; boundary=${boundary}`,
  });
}
