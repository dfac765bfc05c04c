import { FabriqueError } from '@fabrique/sdk';

/** One entity tag of an `If-Match` or `If-None-Match` list, without its quotes. */
interface EntityTag {
  opaque: string;
  weak: boolean;
}

/** An `If-Match` or `If-None-Match` header: `*` or a list of entity tags. */
export type EntityTagCondition = '*' | EntityTag[];

/** The conditional headers of a document request. */
export interface Preconditions {
  ifMatch?: EntityTagCondition;
  ifNoneMatch?: EntityTagCondition;
}

/** Outcome of the preconditions of a GET: send the document, or 304 Not Modified. */
export type ReadDecision = 'send' | 'not-modified';

/**
 * Parses `If-Match` and `If-None-Match` (RFC 9110, section 13.1). An entity
 * tag without its quotes is compared by its bare value instead of rejected,
 * so that a client that drops the quotes around the SHA-1 is still checked.
 *
 * @throws FabriqueError `invalid-precondition` (400) for an empty header.
 */
export function readPreconditions(header: (name: string) => string | undefined): Preconditions {
  const ifMatch = parseCondition('If-Match', header('If-Match'));
  const ifNoneMatch = parseCondition('If-None-Match', header('If-None-Match'));
  return {
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    ...(ifNoneMatch !== undefined ? { ifNoneMatch } : {}),
  };
}

/** Tells whether a request carries `If-Match` or `If-None-Match`. */
export function hasPrecondition(preconditions: Preconditions): boolean {
  return preconditions.ifMatch !== undefined || preconditions.ifNoneMatch !== undefined;
}

/**
 * Checks the preconditions of a PUT, POST or DELETE against the current ETag
 * of the document, `undefined` when there is no document.
 *
 * @throws FabriqueError `document-precondition-failed` (412) when `If-Match`
 *   matches no current ETag, or `If-None-Match` matches the current one.
 */
export function checkWritePreconditions(
  preconditions: Preconditions,
  currentEtag: string | undefined,
): void {
  const { ifMatch, ifNoneMatch } = preconditions;
  if (ifMatch !== undefined && !matches(ifMatch, currentEtag, 'strong')) {
    throw new FabriqueError(
      'document-precondition-failed',
      412,
      currentEtag === undefined
        ? 'If-Match was sent, but no document exists; send If-None-Match: * to create one.'
        : `If-Match does not match the document's ETag ${currentEtag}; read the document again and send its ETag.`,
      { field: 'If-Match' },
    );
  }
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, currentEtag, 'weak')) {
    throw new FabriqueError(
      'document-precondition-failed',
      412,
      `If-None-Match matches the existing document (ETag ${currentEtag}); send If-Match with that ETag to replace it.`,
      { field: 'If-None-Match' },
    );
  }
}

/**
 * Requires `If-Match` or `If-None-Match` on a PUT to a profile resource, so
 * that a client cannot overwrite a document it has not read. xAPI 1.0.3
 * (Communication 3.1) requires 409 for a PUT without either header to an
 * existing document. For a new document, the ADL conformance suite for 1.0.3
 * expects 400.
 *
 * @throws FabriqueError `document-conflict` (409) when the document exists,
 *   `missing-precondition` (400) when it does not.
 */
export function requirePutPrecondition(
  preconditions: Preconditions,
  currentEtag: string | undefined,
  resource: string,
): void {
  if (hasPrecondition(preconditions)) return;
  if (currentEtag !== undefined) {
    throw new FabriqueError(
      'document-conflict',
      409,
      `A document already exists here; send If-Match: ${currentEtag} to replace it, or read it first if you did not know of it.`,
      { field: 'If-Match', etag: currentEtag },
    );
  }
  throw new FabriqueError(
    'missing-precondition',
    400,
    `PUT ${resource} needs If-None-Match: * to create a document, or If-Match with its ETag to replace one.`,
    { field: 'If-None-Match' },
  );
}

/**
 * Evaluates the preconditions of a GET or HEAD on an existing document.
 *
 * @throws FabriqueError `document-precondition-failed` (412) when `If-Match`
 *   does not match the document's ETag.
 */
export function checkReadPreconditions(preconditions: Preconditions, etag: string): ReadDecision {
  if (preconditions.ifMatch !== undefined && !matches(preconditions.ifMatch, etag, 'strong')) {
    throw new FabriqueError(
      'document-precondition-failed',
      412,
      `If-Match does not match the document's ETag ${etag}.`,
      { field: 'If-Match' },
    );
  }
  if (preconditions.ifNoneMatch !== undefined && matches(preconditions.ifNoneMatch, etag, 'weak')) {
    return 'not-modified';
  }
  return 'send';
}

/**
 * Tells whether a condition matches the current ETag. The strong comparison
 * of `If-Match` never matches a weak tag, while the weak comparison of
 * `If-None-Match` ignores weakness.
 */
function matches(
  condition: EntityTagCondition,
  currentEtag: string | undefined,
  comparison: 'strong' | 'weak',
): boolean {
  if (currentEtag === undefined) return false;
  if (condition === '*') return true;
  const current = unquote(currentEtag);
  return condition.some((tag) => tag.opaque === current && (comparison === 'weak' || !tag.weak));
}

function parseCondition(name: string, value: string | undefined): EntityTagCondition | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '*') return '*';
  const tags = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map(parseEntityTag);
  if (tags.length === 0) {
    throw new FabriqueError(
      'invalid-precondition',
      400,
      `${name} must be * or a list of entity tags such as "<sha1 of the document>".`,
      { field: name },
    );
  }
  return tags;
}

function parseEntityTag(text: string): EntityTag {
  const weak = /^W\//.test(text);
  return { opaque: unquote(weak ? text.slice(2) : text), weak };
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}
