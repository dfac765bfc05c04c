import { FabriqueError } from '@fabrique/sdk';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logging/logger.js';

// Codes that graphql-js and yoga give their own errors, mapped to this API's
// kebab-case codes, which double as the UI's translation keys.
const LIBRARY_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'invalid-query',
  GRAPHQL_VALIDATION_FAILED: 'invalid-query',
  OPERATION_RESOLUTION_FAILURE: 'invalid-query',
  BAD_USER_INPUT: 'invalid-input',
  BAD_REQUEST: 'bad-request',
  REQUEST_ENTITY_TOO_LARGE: 'payload-too-large',
};

/**
 * Gives every GraphQL error a stable kebab-case `extensions.code`, and an
 * `extensions.field` when an input is at fault. A `FabriqueError` keeps its
 * code and message; an unexpected error is logged and sent as
 * `internal-error` without its text. No stack trace or request body echo
 * reaches the client.
 */
export function maskGraphqlError(error: unknown, logger: Logger): Error {
  const original = innermostError(error);
  const location = isGraphqlError(error) ? { nodes: error.nodes, path: error.path } : {};
  if (original instanceof FabriqueError) {
    const { field, ...details } = original.details;
    return new GraphQLError(original.message, {
      ...location,
      extensions: { code: original.code, ...(field !== undefined ? { field } : {}), ...details },
    });
  }
  if (isGraphqlError(error) && (error.extensions.code !== undefined || !error.originalError)) {
    return libraryError(error, error);
  }
  if (isGraphqlError(error) && isGraphqlError(original)) return libraryError(original, error);
  logger.error({ err: original }, 'GraphQL resolver failed');
  return new GraphQLError('The server failed to handle this request; the error was logged.', {
    ...location,
    extensions: { code: 'internal-error' },
  });
}

/**
 * Maps an error of graphql-js or yoga to this API's codes. `outer` is the
 * error as reported, which names the variable when a variable's value was
 * rejected; `error` is the innermost one, whose message states the rule.
 */
function libraryError(error: GraphQLError, outer: GraphQLError): GraphQLError {
  const given = typeof error.extensions.code === 'string' ? error.extensions.code : undefined;
  const variable =
    /^Variable "\$(\w+)"/.exec(outer.message)?.[1] ??
    /^Variable "\$(\w+)"/.exec(error.message)?.[1];
  const code =
    (given && (LIBRARY_CODES[given] ?? (/^[a-z]+(-[a-z]+)*$/.test(given) ? given : undefined))) ??
    (variable ? 'invalid-input' : 'invalid-query');
  const http = error.extensions.http;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { code, ...(variable ? { field: variable } : {}), ...(http ? { http } : {}) },
  });
}

/** Unwraps the GraphQL errors that graphql-js and yoga wrap around a resolver's error. */
function innermostError(error: unknown): unknown {
  let current = error;
  while (isGraphqlError(current) && current.originalError) current = current.originalError;
  return current;
}

/**
 * Recognises a GraphQLError by name: graphql ships both CommonJS and ESM
 * builds, and an error made by one copy fails `instanceof` against the other.
 */
function isGraphqlError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** Gives a parse or validation error of graphql-js this API's code; other errors pass unchanged. */
export function withApiCode(error: Error): Error {
  return isGraphqlError(error) ? libraryError(error, error) : error;
}
