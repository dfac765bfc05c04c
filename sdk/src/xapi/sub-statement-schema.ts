import { z } from 'zod';
import { activitySchema } from './activity-schema.js';
import { actorSchema, agentObjectSchema, groupSchema } from './agent-schema.js';
import { attachmentSchema } from './attachment-schema.js';
import { contextSchema } from './context-schema.js';
import { resultSchema } from './result-schema.js';
import { statementRefSchema } from './statement-ref-schema.js';
import { checkStatementRules } from './statement-rules.js';
import { timestampSchema } from './timestamp.js';
import { verbSchema } from './verb-schema.js';

/**
 * Schema of the object of a SubStatement: an Activity (the default when
 * `objectType` is absent), an Agent, a Group or a StatementRef. A SubStatement
 * cannot contain another SubStatement.
 */
export const subStatementObjectSchema = z.discriminatedUnion('objectType', [
  activitySchema,
  agentObjectSchema,
  groupSchema,
  statementRefSchema,
]);

/**
 * Schema of a SubStatement: a statement used as an object, validated like a
 * statement but without `id`, `stored`, `version` or `authority`.
 */
export const subStatementSchema = z
  .strictObject({
    objectType: z.literal('SubStatement'),
    actor: actorSchema,
    verb: verbSchema,
    object: subStatementObjectSchema,
    result: resultSchema.optional(),
    context: contextSchema.optional(),
    timestamp: timestampSchema.optional(),
    attachments: z.array(attachmentSchema).optional(),
  })
  .superRefine(checkStatementRules);
