import { FabriqueError } from '@fabrique/sdk';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../logging/logger.js';

/** JSON body of every error response of the host's HTTP API. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, string | number | boolean> };
}

/**
 * Turns an error into a JSON response. A `FabriqueError` keeps its code,
 * status and message. Anything else is logged and sent as a bare 500,
 * so no stack trace or SQL text reaches a client.
 */
export function errorResponse(context: Context, error: unknown, logger: Logger): Response {
  if (error instanceof FabriqueError) {
    const body: ErrorBody = {
      error: { code: error.code, message: error.message, details: { ...error.details } },
    };
    return context.json(body, error.status as ContentfulStatusCode);
  }
  logger.error(
    { err: error, method: context.req.method, path: context.req.path },
    'request failed',
  );
  const body: ErrorBody = {
    error: {
      code: 'internal-error',
      message: 'The server failed to handle this request; the error was logged.',
    },
  };
  return context.json(body, 500);
}
