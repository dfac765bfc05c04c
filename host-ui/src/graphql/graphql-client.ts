import type { z } from 'zod';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf-cookie.js';
import { GraphqlRequestError } from './graphql-request-error.js';
import { readGraphqlResponse } from './graphql-response.js';

/** One GraphQL document with the types of its variables and of its checked result. */
export interface GraphqlOperation<TData, TVariables> {
  readonly query: string;
  readonly variables: z.ZodType<TVariables>;
  readonly data: z.ZodType<TData>;
}

/** Declares an operation; the types of its variables and data are inferred from the schemas. */
export function defineOperation<TData, TVariables>(
  operation: GraphqlOperation<TData, TVariables>,
): GraphqlOperation<TData, TVariables> {
  return operation;
}

/** Page access of a request: the endpoint, `fetch` and the cookies. Tests pass their own. */
export interface GraphqlTransport {
  readonly endpoint: string;
  readonly fetch: typeof fetch;
  /** Returns the page's cookies, `document.cookie` in the browser. */
  readonly cookies: () => string;
}

const browserTransport: GraphqlTransport = {
  endpoint: '/graphql',
  fetch: (input, init) => fetch(input, init),
  cookies: () => document.cookie,
};

/**
 * Posts an operation to the host's GraphQL endpoint with the CSRF header and
 * returns its checked data, or throws a `GraphqlRequestError`.
 */
export async function requestGraphql<TData, TVariables>(
  operation: GraphqlOperation<TData, TVariables>,
  variables: TVariables,
  transport: GraphqlTransport = browserTransport,
): Promise<TData> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const csrfToken = readCookie(transport.cookies(), CSRF_COOKIE);
  if (csrfToken !== undefined) {
    headers[CSRF_HEADER] = csrfToken;
  }
  const body = JSON.stringify({
    query: operation.query,
    variables: operation.variables.parse(variables),
  });
  let response: Response;
  try {
    response = await transport.fetch(transport.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GraphqlRequestError('network-error', `The request did not complete: ${reason}`);
  }
  return readGraphqlResponse(response.status, await readJson(response), operation.data);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
