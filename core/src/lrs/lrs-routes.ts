import { FabriqueError } from '@fabrique/sdk';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { HostEnv } from '../http/host-env.js';
import { createDocumentRoutes } from './documents/document-routes.js';
import { lrsCors } from './protocol/cors.js';
import { authenticateLrsClient } from './protocol/lrs-auth.js';
import { checkXapiVersionHeader, XAPI_VERSION } from './protocol/xapi-version.js';
import { createStatementRoutes } from './statements/statement-routes.js';

/** Largest request body the LRS reads, attachments included. */
export const MAX_LRS_BODY_BYTES = 16 * 1024 * 1024;

/** The host's Learning Record Store, mounted at `/xapi`. */
export function createLrsRoutes(): Hono<HostEnv> {
  const lrs = new Hono<HostEnv>();
  lrs.use('*', lrsCors);
  lrs.use('*', async (context, next) => {
    // Set before the handler runs: headers added to a finished HEAD response are lost.
    context.header('X-Experience-API-Version', XAPI_VERSION);
    context.header('Cache-Control', 'no-store');
    if (context.req.path.endsWith('/statements')) {
      context.header(
        'X-Experience-API-Consistent-Through',
        context.var.services.statements.consistentThrough(),
      );
      context.header('Date', new Date().toUTCString());
    }
    await next();
    context.res.headers.set('X-Experience-API-Version', XAPI_VERSION);
    context.res.headers.set('Cache-Control', 'no-store');
  });
  lrs.get('/about', (context) => context.json({ version: [XAPI_VERSION], extensions: {} }));
  lrs.all('/about', (context) => methodNotAllowed(context, 'GET, HEAD'));
  lrs.use('*', async (context, next) => {
    checkXapiVersionHeader(context.req.header('X-Experience-API-Version'));
    await next();
  });
  lrs.use('*', authenticateLrsClient);
  lrs.use(
    '*',
    bodyLimit({
      maxSize: MAX_LRS_BODY_BYTES,
      onError: () => {
        throw new FabriqueError(
          'payload-too-large',
          413,
          `A request body may hold at most ${MAX_LRS_BODY_BYTES} bytes.`,
        );
      },
    }),
  );
  lrs.route('/statements', createStatementRoutes());
  lrs.route('/', createDocumentRoutes());
  return lrs;
}

/** @throws FabriqueError `method-not-allowed` (405), with the allowed methods in `Allow`. */
export function methodNotAllowed(context: Context, allowed: string): never {
  context.header('Allow', allowed);
  throw new FabriqueError(
    'method-not-allowed',
    405,
    `${context.req.method} is not allowed on ${context.req.path}; use ${allowed}.`,
  );
}
