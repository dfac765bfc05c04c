import type { MiddlewareHandler } from 'hono';

const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'X-Experience-API-Version',
  'If-Match',
  'If-None-Match',
].join(', ');
const EXPOSED_HEADERS = [
  'ETag',
  'Last-Modified',
  'X-Experience-API-Version',
  'X-Experience-API-Consistent-Through',
].join(', ');

/**
 * Opens the LRS to browser content on any origin, such as H5P or SCORM
 * players. Credentials travel in the Authorization header, never in cookies,
 * so no `Access-Control-Allow-Credentials` is sent. Preflight requests get
 * 204 before authentication.
 */
export const lrsCors: MiddlewareHandler = async (context, next) => {
  const origin = context.req.header('Origin');
  if (context.req.method === 'OPTIONS') {
    return context.body(null, 204, {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    });
  }
  await next();
  context.res.headers.set('Access-Control-Allow-Origin', origin ?? '*');
  context.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  if (origin) context.res.headers.append('Vary', 'Origin');
};
