import { createHash } from 'node:crypto';

// Test helpers: they build `multipart/mixed` statements requests as an xAPI client would.

/** An attachment part to send; `headers` replace the default header fields. */
export interface TestPart {
  content: Buffer | string;
  contentType?: string;
  headers?: Record<string, string | undefined>;
}

/** Boundary of the bodies that `buildMultipartBody` builds. */
export const TEST_BOUNDARY = 'test-boundary-7f3a9c';

/** Returns the hex SHA-256 digest of content. */
export function sha256Hex(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Builds a `multipart/mixed` body: the statements as JSON first, then each
 * part with Content-Type, `Content-Transfer-Encoding: binary` and
 * `X-Experience-API-Hash`, unless `headers` sets or removes (undefined) them.
 */
export function buildMultipartBody(statements: unknown, parts: readonly TestPart[] = []): Buffer {
  const chunks: Buffer[] = [
    Buffer.from(`--${TEST_BOUNDARY}\r\nContent-Type: application/json\r\n\r\n`),
    Buffer.from(JSON.stringify(statements)),
  ];
  for (const part of parts) {
    const headers: Record<string, string | undefined> = {
      'Content-Type': part.contentType ?? 'text/plain',
      'Content-Transfer-Encoding': 'binary',
      'X-Experience-API-Hash': sha256Hex(part.content),
      ...part.headers,
    };
    const lines = Object.entries(headers).flatMap(([name, value]) =>
      value === undefined ? [] : [`${name}: ${value}\r\n`],
    );
    chunks.push(
      Buffer.from(`\r\n--${TEST_BOUNDARY}\r\n${lines.join('')}\r\n`),
      Buffer.from(part.content),
    );
  }
  chunks.push(Buffer.from(`\r\n--${TEST_BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/** The Content-Type header value for a body from `buildMultipartBody`. */
export const TEST_MULTIPART_TYPE = `multipart/mixed; boundary=${TEST_BOUNDARY}`;
