import { timingSafeEqual } from 'node:crypto';
import { FabriqueError } from '@fabrique/sdk';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Context } from 'hono';
import type { HostEnv } from '../http/host-env.js';
import { resolveViewer } from '../identity/request-viewer.js';
import { readSessionToken, sessionCookies } from '../identity/session-cookies.js';
import type { Logger } from '../logging/logger.js';
import type { GraphqlContext } from './graphql-context.js';
import { maskGraphqlError, withApiCode } from './graphql-error-mask.js';
import { operationLimitsRule } from './operation-limits.js';

/**
 * Adds the operation size limits to validation, and gives parse and
 * validation errors this API's codes, which yoga does not pass through the
 * error mask.
 */
const apiRulesPlugin: Plugin = {
  onParse:
    () =>
    ({ result, replaceParseResult }) => {
      if (result instanceof Error) replaceParseResult(withApiCode(result));
    },
  onValidate: ({ addValidationRule }) => {
    addValidationRule(operationLimitsRule);
    return ({ result, setResult }) => {
      if (result.length > 0) setResult(result.map((error) => withApiCode(error)));
    };
  },
};

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
    maskedErrors: { maskError: (error) => maskGraphqlError(error, logger) },
    plugins: [apiRulesPlugin],
  });
  return async (context: Context<HostEnv>) => {
    const { services, config } = context.var;
    const cookies = sessionCookies(context, config.publicUrl.startsWith('https:'));
    const { viewer, status } = await resolveViewer(services, readSessionToken(context));
    try {
      checkContentType(context.req.header('Content-Type'));
      checkOrigin(
        context.req.header('Origin'),
        context.req.header('Sec-Fetch-Site'),
        config.publicUrl,
      );
      if (viewer.kind !== 'anonymous')
        checkCsrfToken(context.req.header('X-CSRF-Token'), viewer.session.csrf_token);
    } catch (error) {
      if (!(error instanceof FabriqueError)) throw error;
      context.var.logger.info({ code: error.code }, 'GraphQL request rejected');
      return rejection(error);
    }
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

function checkContentType(type: string | undefined): void {
  if (!type || !/^application\/(graphql-response\+)?json\b/i.test(type)) {
    throw new FabriqueError(
      'unsupported-media-type',
      415,
      `Content-Type ${type ?? '(none)'} is not supported; send application/json.`,
    );
  }
}

/** Builds the response to a request rejected before GraphQL ran, in the GraphQL response shape. */
function rejection(error: FabriqueError): Response {
  const body = { errors: [{ message: error.message, extensions: { code: error.code } }] };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
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
  // Responses contain class lists, nicknames and session tokens, so no cache may keep them.
  headers.set('Cache-Control', 'no-store');
  return headers;
}
