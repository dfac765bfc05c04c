import { timingSafeEqual } from 'node:crypto';
import { FabriqueError } from '@fabrique/sdk';
import { getConnInfo } from '@hono/node-server/conninfo';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Context } from 'hono';
import type { HostEnv } from '../http/host-env.js';
import { resolveViewer } from '../identity/request-viewer.js';
import { readSessionToken, sessionCookies } from '../identity/session-cookies.js';
import type { Logger } from '../logging/logger.js';
import type { GraphqlContext } from './graphql-context.js';

/**
 * Creates the handler of `POST /graphql`. Before GraphQL runs it rejects
 * requests from another origin and, for requests carrying a session, requests
 * whose `X-CSRF-Token` header does not match the session's token.
 */
export function createGraphqlHandler(schema: GraphQLSchema, logger: Logger) {
  const yoga = createYoga<GraphqlContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: (error) => maskError(error, logger) },
  });
  return async (context: Context<HostEnv>) => {
    const { services, config } = context.var;
    checkOrigin(
      context.req.header('Origin'),
      context.req.header('Sec-Fetch-Site'),
      config.publicUrl,
    );
    const cookies = sessionCookies(context, config.publicUrl.startsWith('https:'));
    const { viewer, status } = await resolveViewer(services, readSessionToken(context));
    if (viewer.kind !== 'anonymous')
      checkCsrfToken(context.req.header('X-CSRF-Token'), viewer.session.csrf_token);
    if (status === 'expired') cookies.clear();
    const graphqlContext: GraphqlContext = {
      services,
      config,
      logger: context.var.logger,
      viewer,
      sessionStatus: status,
      cookies,
      locale: preferredLocale(context.req.header('Accept-Language')),
      clientAddress: clientAddress(context),
    };
    const response = await yoga.fetch(context.req.raw, graphqlContext);
    return new Response(response.body, {
      status: response.status,
      headers: mergeHeaders(response.headers, context.res.headers),
    });
  };
}

function checkOrigin(
  origin: string | undefined,
  fetchSite: string | undefined,
  publicUrl: string,
): void {
  if (origin !== undefined && origin !== new URL(publicUrl).origin) {
    throw new FabriqueError('origin-not-allowed', 403, `Requests from ${origin} are not accepted.`);
  }
  if (fetchSite === 'cross-site')
    throw new FabriqueError('origin-not-allowed', 403, 'Cross-site requests are not accepted.');
}

function checkCsrfToken(header: string | undefined, expected: string): void {
  const actual = Buffer.from(header ?? '');
  const wanted = Buffer.from(expected);
  if (actual.length !== wanted.length || !timingSafeEqual(actual, wanted)) {
    throw new FabriqueError(
      'csrf-token-invalid',
      403,
      'The X-CSRF-Token header is missing or does not match the fabrique_csrf cookie.',
    );
  }
}

function preferredLocale(header: string | undefined): 'fr' | 'en' {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'fr';
}

function clientAddress(context: Context<HostEnv>): string {
  try {
    return getConnInfo(context).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function mergeHeaders(yogaHeaders: Headers, honoHeaders: Headers): Headers {
  const headers = new Headers(yogaHeaders);
  for (const cookie of honoHeaders.getSetCookie()) headers.append('Set-Cookie', cookie);
  return headers;
}

function maskError(error: unknown, logger: Logger): Error {
  const original = innermostError(error);
  if (original instanceof FabriqueError) {
    const { field, ...details } = original.details;
    return new GraphQLError(original.message, {
      ...(isGraphqlError(error) ? { nodes: error.nodes, path: error.path } : {}),
      extensions: { code: original.code, ...(field !== undefined ? { field } : {}), ...details },
    });
  }
  if (isGraphqlError(original)) return original;
  logger.error({ err: original }, 'GraphQL resolver failed');
  return new GraphQLError('The server failed to handle this request; the error was logged.', {
    ...(isGraphqlError(error) ? { path: error.path } : {}),
    extensions: { code: 'internal-error' },
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
