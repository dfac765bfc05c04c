import { randomBytes } from 'node:crypto';
import type { AttachmentPart } from './attachment-part.js';

/** A `multipart/mixed` body and the boundary that its `Content-Type` must name. */
export interface MultipartBody {
  boundary: string;
  body: Buffer;
}

/**
 * Builds the xAPI transmission format: the JSON first, as `application/json`,
 * then one binary part per attachment with its `X-Experience-API-Hash`.
 */
export function writeMultipartBody(json: unknown, parts: readonly AttachmentPart[]): MultipartBody {
  const first = Buffer.from(JSON.stringify(json), 'utf8');
  const contents = parts.map((part) => asBuffer(part.content));
  const boundary = chooseBoundary([first, ...contents]);
  const chunks: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n`),
    first,
  ];
  parts.forEach((part, index) => {
    chunks.push(
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Type: ${part.contentType}\r\n` +
          `Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${part.sha2}\r\n\r\n`,
      ),
      contents[index] as Buffer,
    );
  });
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { boundary, body: Buffer.concat(chunks) };
}

/** Picks a random boundary that occurs in none of the contents (RFC 2046 requires it). */
function chooseBoundary(contents: readonly Buffer[]): string {
  for (;;) {
    const boundary = `xapi-${randomBytes(18).toString('hex')}`;
    if (!contents.some((content) => content.includes(boundary))) return boundary;
  }
}

/** Views content as a Buffer without copying it. */
function asBuffer(content: Uint8Array): Buffer {
  return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}
