import { z } from 'zod';
import { defineOperation } from '../graphql-client.js';
import {
  FORWARD_TARGET_FIELDS,
  forwardTargetSchema,
} from '../schemas/lrs-forward-target-schema.js';

/** Lists the host's forwarding targets with their queues; admins only. */
export const forwardTargetsQuery = defineOperation({
  query: `query ForwardTargets { lrsForwardTargets { ${FORWARD_TARGET_FIELDS} } }`,
  variables: z.object({}),
  data: z.object({ lrsForwardTargets: z.array(forwardTargetSchema) }),
});

/** Puts a target's dead rows back in its queue; admins only. Returns how many. */
export const retryDeadForwardsMutation = defineOperation({
  query: 'mutation RetryDeadForwards($targetId: ID!) { retryDeadForwards(targetId: $targetId) }',
  variables: z.object({ targetId: z.string() }),
  data: z.object({ retryDeadForwards: z.number().int() }),
});
