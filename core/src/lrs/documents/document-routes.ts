import { Hono } from 'hono';
import type { HostEnv } from '../../http/host-env.js';

/**
 * Creates the document resources of the LRS: `/activities/state`,
 * `/activities/profile`, `/agents/profile`, `/agents` and `/activities`.
 */
export function createDocumentRoutes(): Hono<HostEnv> {
  const routes = new Hono<HostEnv>();
  return routes;
}
