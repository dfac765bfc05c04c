import { FabriqueError } from '@fabrique/sdk';
import type { MiddlewareHandler } from 'hono';
import type { HostEnv } from '../../http/host-env.js';
import { hasScope, type LrsClient, type LrsScope } from '../lrs-client-store.js';
import { parseBasicCredentials } from './basic-credentials.js';

const FAILURE_BUDGET_KEY = 'lrs-sign-in';

/** Authenticates the LRS client of a request from its HTTP Basic credentials. */
export const authenticateLrsClient: MiddlewareHandler<HostEnv> = async (context, next) => {
  const { lrsClients, lrsAuthFailures } = context.var.services;
  const credentials = parseBasicCredentials(context.req.header('Authorization'));
  // Past the budget of failures, only credentials verified recently are
  // accepted, so wrong ones cannot keep the scrypt threads busy.
  const hashAllowed = !lrsAuthFailures.isExhausted(FAILURE_BUDGET_KEY);
  const client =
    credentials &&
    (await lrsClients.authenticate(credentials.key, credentials.secret, { hashAllowed }));
  if (credentials && !client) lrsAuthFailures.take(FAILURE_BUDGET_KEY);
  if (!client) {
    context.header('WWW-Authenticate', 'Basic realm="Fabrique LRS"');
    throw new FabriqueError(
      'unauthorized',
      401,
      'Valid LRS client credentials are required (HTTP Basic).',
    );
  }
  context.set('lrsClient', client);
  await next();
};

/** @throws FabriqueError `forbidden` (403) when the client lacks the scope. */
export function requireScope(client: LrsClient, scope: LrsScope): void {
  if (!hasScope(client, scope))
    throw new FabriqueError('forbidden', 403, `This client lacks the ${scope} scope.`);
}

/** Builds the authority of the statements a client sends: its account on this host. */
export function clientAuthority(context: { var: HostEnv['Variables'] }): {
  homePage: string;
  name: string;
} {
  return { homePage: context.var.config.publicUrl, name: `client:${context.var.lrsClient.key}` };
}
