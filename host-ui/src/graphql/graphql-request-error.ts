/**
 * Codes of failures that carry no GraphQL error: the request did not
 * complete, or the response was not a GraphQL response.
 */
export type ClientErrorCode = 'network-error' | 'invalid-response' | 'unexpected-error';

/**
 * A failed GraphQL request. `code` is the server's `extensions.code` (a
 * kebab-case code that is also the translation key) or a client code;
 * `field` names the input at fault when the server reported one.
 */
export class GraphqlRequestError extends Error {
  override readonly name = 'GraphqlRequestError';

  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Returns `error` when it is a request error, or wraps anything else as `unexpected-error`. */
export function toRequestError(error: unknown): GraphqlRequestError {
  if (error instanceof GraphqlRequestError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new GraphqlRequestError('unexpected-error', message);
}
