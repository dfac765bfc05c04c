import { z } from 'zod';

/** A statement given up on for one forwarding target. */
export const deadForwardSchema = z.object({
  statementId: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  failedAt: z.string(),
});

/** A statement given up on for one forwarding target. */
export type DeadForward = z.infer<typeof deadForwardSchema>;

/** Filter of the statements a target receives: every list present must match. */
export const forwardFilterSchema = z.object({
  verbs: z.array(z.string()).optional(),
  activityPrefixes: z.array(z.string()).optional(),
  pluginIds: z.array(z.string()).optional(),
});

/** Filter of the statements a target receives. */
export type ForwardFilter = z.infer<typeof forwardFilterSchema>;

/** Another LRS that receives copies of the host's statements, as admins see it. */
export const forwardTargetSchema = z.object({
  id: z.string(),
  name: z.string(),
  endpoint: z.string(),
  filter: forwardFilterSchema,
  enabled: z.boolean(),
  pendingCount: z.number().int(),
  deadCount: z.number().int(),
  deadForwards: z.array(deadForwardSchema),
});

/** Another LRS that receives copies of the host's statements. */
export type ForwardTarget = z.infer<typeof forwardTargetSchema>;

/** Maximum dead rows the console lists per target. */
export const DEAD_ROWS_SHOWN = 50;

/** GraphQL selection of every field of `forwardTargetSchema`. */
export const FORWARD_TARGET_FIELDS = `id name endpoint filter enabled pendingCount deadCount
  deadForwards(limit: ${DEAD_ROWS_SHOWN}) { statementId attempts lastError failedAt }`;
