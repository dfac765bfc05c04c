import { FabriqueError } from '@fabrique/sdk';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sql } from 'kysely';
import type { HostConfig } from '../config/config.js';
import { createGraphqlHandler } from '../graphql/graphql-route.js';
import { buildHostSchema } from '../graphql/host-schema.js';
import type { HostServices } from '../host/host-services.js';
import type { Logger } from '../logging/logger.js';
import { createLrsRoutes, MAX_LRS_BODY_BYTES } from '../lrs/lrs-routes.js';
import { rewriteAlternateRequest } from '../lrs/protocol/alternate-request.js';
import { createPluginOriginRoutes } from '../plugins/plugin-origin-routes.js';
import { createUiRoutes } from '../ui/ui-routes.js';
import { errorResponse } from './error-response.js';
import type { HostEnv } from './host-env.js';

/** Largest GraphQL request body; a statement draft is at most 64 KiB. */
const MAX_GRAPHQL_BODY_BYTES = 256 * 1024;

/** Dependencies of the host's HTTP app. */
export interface HostAppOptions {
  services: HostServices;
  config: HostConfig;
  logger: Logger;
  /** Folder of the built host UI (`host-ui/dist`). */
  uiDir: string;
}

/**
 * Builds the host's HTTP app. Requests addressed to the plugin origin's host
 * name get only plugin files, requests addressed to the public URL's host
 * name get the host itself, and any other name gets 421 Misdirected Request.
 */
export function createHostApp(options: HostAppOptions): Hono<HostEnv> {
  const { config, logger } = options;
  const pluginHost = new URL(config.pluginUrl).host;
  const hostOrigin = new URL(config.publicUrl).origin;
  const pluginApp = withServices(new Hono<HostEnv>(), options).route(
    '/',
    createPluginOriginRoutes(hostOrigin),
  );
  const mainApp = createMainRoutes(options);
  const app = new Hono<HostEnv>();
  const publicHost = new URL(config.publicUrl).host;
  app.all('*', async (context) => {
    const host = normalisedHost(context.req.header('Host'));
    if (host === pluginHost) return pluginApp.fetch(context.req.raw, context.env);
    // Answering only to the configured names closes DNS-rebinding reads of the
    // UI; load balancers probe /healthz by address, so it answers any name.
    if (host === publicHost && context.req.path.startsWith('/xapi/')) {
      const request = await rewriteAlternateRequest(context.req.raw, MAX_LRS_BODY_BYTES);
      return mainApp.fetch(request, context.env);
    }
    if (host === publicHost || context.req.path === '/healthz')
      return mainApp.fetch(context.req.raw, context.env);
    return context.text(`This host answers to ${config.publicUrl}/ only.`, 421);
  });
  for (const sub of [app, pluginApp, mainApp])
    sub.onError((error, context) => errorResponse(context, error, logger));
  return app;
}

function createMainRoutes(options: HostAppOptions): Hono<HostEnv> {
  const { services, config, logger } = options;
  const app = withServices(new Hono<HostEnv>(), options);
  app.get('/healthz', async (context) => {
    await sql`select 1`.execute(services.db);
    return context.json({ status: 'ok', database: services.dialect });
  });
  app.post(
    '/graphql',
    bodyLimit({
      maxSize: MAX_GRAPHQL_BODY_BYTES,
      onError: () => {
        throw new FabriqueError(
          'payload-too-large',
          413,
          `A GraphQL request may hold at most ${MAX_GRAPHQL_BODY_BYTES} bytes.`,
        );
      },
    }),
    createGraphqlHandler(buildHostSchema(), logger.child({ module: 'graphql' })),
  );
  app.all('/graphql', () => {
    throw new FabriqueError('method-not-allowed', 405, 'Send GraphQL requests with POST.');
  });
  app.route('/xapi', createLrsRoutes());
  app.all('/xapi/*', () => {
    throw new FabriqueError('not-found', 404, 'No such LRS resource.');
  });
  app.route('/', createUiRoutes(options.uiDir, config.pluginUrl));
  return app;
}

function withServices(app: Hono<HostEnv>, options: HostAppOptions): Hono<HostEnv> {
  app.use('*', async (context, next) => {
    context.set('services', options.services);
    context.set('config', options.config);
    context.set('logger', options.logger);
    await next();
  });
  return app;
}

/** Lower-cases a Host header and drops a trailing dot from its name, as DNS does. */
function normalisedHost(header: string | undefined): string {
  return (header ?? '').toLowerCase().replace(/\.(?=:\d+$|$)/, '');
}
