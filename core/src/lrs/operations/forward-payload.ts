import { randomBytes } from 'node:crypto';
import type { AttachmentPart } from '../attachments/attachment-part.js';

/** The body of one forwarding request and its content type. */
export interface ForwardPayload {
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

const CRLF = '\r\n';

/**
 * Builds the body of `POST /statements` for statements given as their
 * stored JSON text, so they reach the target unchanged, ids included. With
 * attachment contents it is `multipart/mixed` as xAPI 1.0.3 defines it: the
 * statements first, then one part per content, named by its SHA-256.
 */
export function buildForwardPayload(
  statementsJson: readonly string[],
  parts: readonly AttachmentPart[],
): ForwardPayload {
  const json = `[${statementsJson.join(',')}]`;
  const unique = [...new Map(parts.map((part) => [part.sha2, part])).values()];
  if (unique.length === 0) {
    return { contentType: 'application/json', body: Buffer.from(json, 'utf8') };
  }
  const boundary = `fabrique-${randomBytes(16).toString('hex')}`;
  const chunks: Uint8Array[] = [
    Buffer.from(
      `--${boundary}${CRLF}Content-Type: application/json${CRLF}${CRLF}${json}${CRLF}`,
      'utf8',
    ),
  ];
  for (const part of unique) {
    const headers = [
      `--${boundary}`,
      `Content-Type: ${part.contentType}`,
      'Content-Transfer-Encoding: binary',
      `X-Experience-API-Hash: ${part.sha2}`,
    ];
    chunks.push(Buffer.from(`${headers.join(CRLF)}${CRLF}${CRLF}`, 'utf8'));
    chunks.push(part.content);
    chunks.push(Buffer.from(CRLF, 'utf8'));
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`, 'utf8'));
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: Buffer.concat(chunks) };
}
