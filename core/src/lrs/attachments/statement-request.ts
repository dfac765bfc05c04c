import { FabriqueError } from '@fabrique/sdk';
import type { AttachmentPart } from './attachment-part.js';

/** The statements of a POST or PUT request and the attachment contents sent with them. */
export interface StatementRequest {
  body: unknown;
  parts: AttachmentPart[];
}

/**
 * Reads the body of a statements request: JSON, or `multipart/mixed` with
 * the statements first and one part per attachment.
 *
 * @throws FabriqueError `unsupported-media-type` or `malformed-json` (400).
 */
export async function readStatementRequest(request: Request): Promise<StatementRequest> {
  const type = request.headers.get('Content-Type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new FabriqueError(
      'unsupported-media-type',
      400,
      `Content-Type ${type || '(none)'} is not supported; send application/json.`,
    );
  }
  return { body: parseJson(await request.text()), parts: [] };
}

/** @throws FabriqueError `malformed-json` (400). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FabriqueError('malformed-json', 400, 'The request body is not valid JSON.');
  }
}
