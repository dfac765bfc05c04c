import { FabriqueError } from '@fabrique/sdk';
import { z } from 'zod';
import type {
  DeadForward,
  ForwardTargetSummary,
} from '../../lrs/operations/forward-target-store.js';
import type { HostSchemaBuilder } from '../schema-builder.js';
import { adultOf } from './identity-types.js';

const DEFAULT_DEAD_LIMIT = 50;
const MAX_DEAD_LIMIT = 500;

/**
 * Registers statement forwarding as admins see it: the targets (never their
 * passwords) with their queue sizes and dead rows, and the retry of a
 * target's dead rows.
 */
export function registerLrsForwardingTypes(builder: HostSchemaBuilder) {
  const deadForward = builder.objectRef<DeadForward>('LrsDeadForward').implement({
    description: 'A statement given up on for one forwarding target.',
    fields: (t) => ({
      statementId: t.exposeID('statementId'),
      attempts: t.exposeInt('attempts'),
      lastError: t.exposeString('lastError', { nullable: true }),
      failedAt: t.field({
        type: 'DateTime',
        description: 'Time of the last attempt.',
        resolve: (value) => value.failedAt,
      }),
      queuedAt: t.field({ type: 'DateTime', resolve: (value) => value.queuedAt }),
    }),
  });
  const target = builder.objectRef<ForwardTargetSummary>('LrsForwardTarget').implement({
    description: 'Another LRS that receives copies of the statements this host stores.',
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      endpoint: t.exposeString('endpoint'),
      username: t.exposeString('username'),
      filter: t.field({ type: 'JSON', resolve: (value) => value.filter }),
      enabled: t.exposeBoolean('enabled'),
      createdAt: t.field({ type: 'DateTime', resolve: (value) => value.createdAt }),
      pendingCount: t.exposeInt('pendingCount'),
      deadCount: t.exposeInt('deadCount'),
      deadForwards: t.field({
        type: [deadForward],
        description: 'Dead rows, the latest failures first.',
        args: {
          limit: t.arg.int({
            defaultValue: DEFAULT_DEAD_LIMIT,
            validate: z.number().int().min(1).max(MAX_DEAD_LIMIT),
          }),
        },
        resolve: (value, args, context) =>
          context.services.forwardTargets.listDead(value.id, args.limit ?? DEFAULT_DEAD_LIMIT),
      }),
    }),
  });

  builder.queryFields((t) => ({
    lrsForwardTargets: t.field({
      type: [target],
      authScopes: { admin: true },
      resolve: (_root, _args, context) => context.services.forwardTargets.list(),
    }),
  }));

  builder.mutationFields((t) => ({
    retryDeadForwards: t.int({
      description: 'Puts the dead rows of a target back in its queue; returns how many.',
      authScopes: { admin: true },
      args: { targetId: t.arg.id({ required: true }) },
      resolve: async (_root, args, context) => {
        const admin = adultOf(context);
        const targetId = String(args.targetId);
        if (!(await context.services.forwardTargets.exists(targetId))) {
          throw new FabriqueError(
            'forward-target-not-found',
            404,
            `No forwarding target has the id ${targetId}.`,
            { field: 'targetId' },
          );
        }
        const count = await context.services.forwardTargets.retryDead(targetId);
        await context.services.audit.append({
          actor: `user:${admin.user.id}`,
          action: 'lrs.forward-retry-dead',
          target: `lrs-forward-target:${targetId}`,
          details: { rows: count },
        });
        context.logger.info({ targetId, rows: count }, 'dead forwarding rows retried');
        return count;
      },
    }),
  }));
}
