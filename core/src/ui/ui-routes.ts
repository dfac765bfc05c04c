import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { Hono } from 'hono';
import type { HostEnv } from '../http/host-env.js';
import { contentTypeOf } from '../plugins/content-type.js';

/**
 * Serves the built host UI: files under `/assets/`, and `index.html` for every
 * other GET, so that the UI's own router handles the path.
 */
export function createUiRoutes(uiDir: string, pluginOrigin: string): Hono<HostEnv> {
  const app = new Hono<HostEnv>();
  app.use('*', async (context, next) => {
    await next();
    context.res.headers.set('Content-Security-Policy', uiPolicy(pluginOrigin));
    context.res.headers.set('Referrer-Policy', 'no-referrer');
    context.res.headers.set('X-Content-Type-Options', 'nosniff');
    context.res.headers.set('X-Frame-Options', 'DENY');
  });
  app.get('/assets/*', async (context) => {
    const relative = normalize(context.req.path.slice(1));
    if (relative.startsWith('..') || relative.includes('\0')) return context.text('Not found', 404);
    const bytes = await readFile(join(uiDir, relative)).catch(() => undefined);
    if (!bytes) return context.text('Not found', 404);
    return context.body(bytes, 200, {
      'Content-Type': contentTypeOf(relative),
      'Cache-Control': 'no-cache',
    });
  });
  app.get('*', async (context) => {
    const html = await readFile(join(uiDir, 'index.html'), 'utf8').catch(() => undefined);
    if (!html) return context.text('The host UI is not built; run npm run build.', 503);
    return context.html(html, 200, { 'Cache-Control': 'no-cache' });
  });
  return app;
}

function uiPolicy(pluginOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // Plugin icons on the launcher come from the plugin origin.
    `img-src 'self' data: ${pluginOrigin}`,
    "connect-src 'self'",
    `frame-src ${pluginOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
