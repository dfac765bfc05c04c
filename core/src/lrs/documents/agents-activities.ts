import { FabriqueError } from '@fabrique/sdk';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { HostEnv } from '../../http/host-env.js';
import { actorKey } from '../actor-key.js';
import { hasScope, type LrsClient } from '../lrs-client-store.js';
import { methodNotAllowed } from '../lrs-routes.js';
import { findActivityDefinition } from '../statements/activity-definitions.js';
import { activityIdParameter, agentParameter } from './parameter-schemas.js';
import { findAgentNames, personOf } from './person-object.js';
import { parseQueryParameters } from './query-parameters.js';

const agentsQuery = z.strictObject({ agent: agentParameter });
const activitiesQuery = z.strictObject({ activityId: activityIdParameter });

/**
 * Adds `GET /agents`, which returns the Person object of an agent, and
 * `GET /activities`, which returns an Activity with its canonical definition.
 * Both need the `statements/read` or the `profiles` scope. Names from stored
 * statements go into a Person only for clients that may read statements.
 */
export function mountAgentsAndActivities(routes: Hono<HostEnv>): void {
  routes.get('/agents', async (context) => {
    const client = context.var.lrsClient;
    requireReadScope(client);
    const { agent } = parseQueryParameters(agentsQuery, queryOf(context), 'GET /agents');
    const knownNames = hasScope(client, 'statements/read')
      ? await findAgentNames(context.var.services.db, actorKey(agent))
      : [];
    return context.json(personOf(agent, knownNames));
  });
  routes.all('/agents', (context) => methodNotAllowed(context, 'GET, HEAD'));
  routes.get('/activities', async (context) => {
    requireReadScope(context.var.lrsClient);
    const { activityId } = parseQueryParameters(
      activitiesQuery,
      queryOf(context),
      'GET /activities',
    );
    const definition = await findActivityDefinition(context.var.services.db, activityId);
    return context.json({
      objectType: 'Activity',
      id: activityId,
      ...(definition !== undefined ? { definition } : {}),
    });
  });
  routes.all('/activities', (context) => methodNotAllowed(context, 'GET, HEAD'));
}

function requireReadScope(client: LrsClient): void {
  if (!hasScope(client, 'statements/read') && !hasScope(client, 'profiles')) {
    throw new FabriqueError(
      'forbidden',
      403,
      'This client lacks the statements/read or profiles scope.',
    );
  }
}

function queryOf(context: Context<HostEnv>): URLSearchParams {
  return new URL(context.req.url).searchParams;
}
