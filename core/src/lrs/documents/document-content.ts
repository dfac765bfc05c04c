import { FabriqueError } from '@fabrique/sdk';
import { exceedsJsonDepth } from '../json-depth.js';
import type { DocumentContent } from './document-store.js';

/** Content type of a document sent without `Content-Type`. */
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/**
 * Deepest nesting of a JSON document that a POST merges. Merging serialises
 * the merged object again, and `JSON.stringify` overflows the call stack on
 * arrays nested about 5,000 levels deep (measured on Node 20 with its default
 * stack). A PUT stores its bytes as sent, so it has no such limit.
 */
export const MAX_MERGED_JSON_DEPTH = 1000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the body of a PUT or POST as document content with its
 * `Content-Type`. A body declared as `application/json` must be valid JSON.
 *
 * @throws FabriqueError `invalid-json-document` (400) when it is not.
 */
export async function readDocumentContent(request: Request): Promise<DocumentContent> {
  const contentType = request.headers.get('Content-Type')?.trim() || DEFAULT_CONTENT_TYPE;
  const content = Buffer.from(await request.arrayBuffer());
  if (isJsonMediaType(contentType) && parseJson(content) === undefined) {
    throw new FabriqueError(
      'invalid-json-document',
      400,
      'The document is sent as application/json but is not valid UTF-8 JSON; fix the body or send another Content-Type.',
      { field: 'body' },
    );
  }
  return { content, contentType };
}

/** Tells whether a `Content-Type` is `application/json`, parameters such as `charset` aside. */
export function isJsonMediaType(contentType: string): boolean {
  const essence = contentType.split(';')[0]?.trim().toLowerCase();
  return essence === 'application/json';
}

/**
 * Merges a posted JSON object into the current document (xAPI 1.0.3,
 * Communication 2.2): each top-level property of the posted object replaces
 * the property of the same name, and the others stay. Without a current
 * document, the posted object is stored as sent.
 *
 * @throws FabriqueError `document-not-mergeable` (400) when either document
 *   is not an `application/json` object, or nests deeper than
 *   {@link MAX_MERGED_JSON_DEPTH}.
 */
export function mergeJsonDocuments(
  current: DocumentContent | undefined,
  posted: DocumentContent,
): DocumentContent {
  const postedObject = jsonObjectOf(posted, 'The posted document');
  if (current === undefined) return posted;
  const currentObject = jsonObjectOf(current, 'The stored document');
  const merged = { ...currentObject, ...postedObject };
  return { content: Buffer.from(JSON.stringify(merged)), contentType: current.contentType };
}

function jsonObjectOf(document: DocumentContent, subject: string): Record<string, unknown> {
  if (!isJsonMediaType(document.contentType)) {
    notMergeable(
      `${subject} has Content-Type ${document.contentType}; POST merges only application/json objects, so use PUT to replace the document.`,
    );
  }
  const value = parseJson(document.content);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    notMergeable(
      `${subject} is not a JSON object; POST merges only JSON objects, so use PUT to replace the document.`,
    );
  }
  if (exceedsJsonDepth(value, MAX_MERGED_JSON_DEPTH)) {
    notMergeable(
      `${subject} nests deeper than ${MAX_MERGED_JSON_DEPTH} levels, too deep to merge.`,
    );
  }
  return value as Record<string, unknown>;
}

/** Parses UTF-8 JSON text, or returns undefined when it is not valid JSON. */
function parseJson(content: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(content)) as unknown;
  } catch {
    return undefined;
  }
}

function notMergeable(message: string): never {
  throw new FabriqueError('document-not-mergeable', 400, message, { field: 'body' });
}
