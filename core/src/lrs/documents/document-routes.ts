import { Hono } from 'hono';
import type { HostEnv } from '../../http/host-env.js';
import { mountAgentsAndActivities } from './agents-activities.js';
import { mountDocumentResource } from './document-resource.js';
import {
  activityProfileParameters,
  agentProfileParameters,
  stateParameters,
} from './document-target.js';

/**
 * Creates the document resources of the LRS: `/activities/state`,
 * `/activities/profile`, `/agents/profile`, `/agents` and `/activities`.
 * State needs the `state` scope, and the profiles need `profiles`. A PUT to
 * a profile must carry `If-Match` or `If-None-Match`, while a PUT to a state
 * document may omit them and then replaces the document.
 */
export function createDocumentRoutes(): Hono<HostEnv> {
  const routes = new Hono<HostEnv>();
  mountDocumentResource(routes, {
    parameters: stateParameters,
    scope: 'state',
    putNeedsPrecondition: false,
  });
  mountDocumentResource(routes, {
    parameters: activityProfileParameters,
    scope: 'profiles',
    putNeedsPrecondition: true,
  });
  mountDocumentResource(routes, {
    parameters: agentProfileParameters,
    scope: 'profiles',
    putNeedsPrecondition: true,
  });
  mountAgentsAndActivities(routes);
  return routes;
}
