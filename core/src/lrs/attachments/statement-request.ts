import { FabriqueError } from '@fabrique/sdk';
import { type MediaType, parseMediaType } from './media-type.js';
import { isValidBoundary, type MultipartPart, parseMultipartBody } from './multipart-body.js';
import { hasSha2, isSha2Hex } from './sha2-hash.js';

/** An attachment part of a `multipart/mixed` statements request, its hash checked. */
export interface ReceivedPart {
  /** SHA-2 digest of the content, lower-case hex, from `X-Experience-API-Hash`. */
  sha2: string;
  /** The part's `Content-Type`, when it has one. */
  contentType?: string;
  content: Buffer;
}

/** The statements of a POST or PUT request and the attachment contents sent with them. */
export interface StatementRequest {
  body: unknown;
  parts: ReceivedPart[];
}

/**
 * Reads the body of a statements request: JSON, or `multipart/mixed` with
 * the statements in the first part and one part per attachment content.
 *
 * @throws FabriqueError (400) `unsupported-media-type`, `malformed-json`,
 *   `malformed-multipart` or `invalid-attachment-part`.
 */
export async function readStatementRequest(request: Request): Promise<StatementRequest> {
  const header = request.headers.get('Content-Type') ?? '';
  const type = parseMediaType(header);
  if (type?.essence === 'application/json') {
    const charset = type.parameters.get('charset')?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      throw new FabriqueError(
        'unsupported-media-type',
        400,
        `Content-Type charset ${charset} is not supported; send JSON in UTF-8.`,
        { field: 'Content-Type', rule: 'utf-8-only' },
      );
    }
    return { body: parseJson(await request.text()), parts: [] };
  }
  if (type?.essence === 'multipart/mixed') {
    return readMultipart(Buffer.from(await request.arrayBuffer()), type);
  }
  throw new FabriqueError(
    'unsupported-media-type',
    400,
    `Content-Type ${header || '(none)'} is not supported; send application/json, or multipart/mixed with attachments.`,
    { field: 'Content-Type' },
  );
}

/** @throws FabriqueError `malformed-json` (400). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FabriqueError('malformed-json', 400, 'The request body is not valid JSON.', {
      field: 'body',
      rule: 'json',
    });
  }
}

function readMultipart(body: Buffer, type: MediaType): StatementRequest {
  const boundary = type.parameters.get('boundary');
  if (boundary === undefined || !isValidBoundary(boundary)) {
    throw new FabriqueError(
      'malformed-multipart',
      400,
      'Content-Type multipart/mixed needs a boundary parameter of 1 to 70 characters (RFC 2046).',
      { field: 'Content-Type', rule: 'boundary' },
    );
  }
  const [first, ...rest] = parseMultipartBody(body, boundary);
  if (
    first === undefined ||
    parseMediaType(first.headers.get('content-type') ?? '')?.essence !== 'application/json'
  ) {
    throw new FabriqueError(
      'malformed-multipart',
      400,
      'The first part of a multipart/mixed request must contain the statements, with Content-Type application/json.',
      { field: 'body', rule: 'statements-part' },
    );
  }
  return { body: parseJson(decodeUtf8(first.content)), parts: rest.map(toReceivedPart) };
}

function decodeUtf8(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new FabriqueError('malformed-json', 400, 'The statements part is not valid UTF-8.');
  }
}

function toReceivedPart(part: MultipartPart, index: number): ReceivedPart {
  const number = index + 2;
  const encoding = part.headers.get('content-transfer-encoding');
  // xAPI 1.0.3 requires the field; an LRS should assume binary when it is missing.
  if (encoding !== undefined && encoding.toLowerCase() !== 'binary') {
    throw invalidPart(
      `Part ${number} has Content-Transfer-Encoding ${encoding}; attachment parts must be binary.`,
      'transfer-encoding',
    );
  }
  const hash = part.headers.get('x-experience-api-hash');
  if (hash === undefined || !isSha2Hex(hash)) {
    throw invalidPart(
      `Part ${number} needs an X-Experience-API-Hash header with the SHA-2 digest of its content in hex.`,
      'hash-header',
    );
  }
  if (!hasSha2(part.content, hash)) {
    throw invalidPart(
      `The content of part ${number} does not have the SHA-2 digest ${hash} that its X-Experience-API-Hash header states.`,
      'hash-mismatch',
    );
  }
  const contentType = part.headers.get('content-type');
  return {
    sha2: hash.toLowerCase(),
    ...(contentType ? { contentType } : {}),
    content: part.content,
  };
}

function invalidPart(message: string, rule: string): FabriqueError {
  return new FabriqueError('invalid-attachment-part', 400, message, { field: 'body', rule });
}
