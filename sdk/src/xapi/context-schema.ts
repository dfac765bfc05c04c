import { z } from 'zod';
import { activitySchema } from './activity-schema.js';
import { actorSchema, groupSchema } from './agent-schema.js';
import { extensionsSchema } from './extensions-schema.js';
import { languageTagSchema } from './language-tag.js';
import { statementRefSchema } from './statement-ref-schema.js';
import { uuidSchema } from './uuid.js';

/**
 * Schema of one value of `contextActivities`: an array of Activities, or a
 * single Activity, which xAPI still accepts for compatibility with 0.95 and
 * which the output wraps in an array, as an LRS must return it.
 */
export const contextActivityListSchema = z.union(
  [activitySchema.transform((activity) => [activity]), z.array(activitySchema)],
  { error: 'must be an Activity or an array of Activities' },
);

/** Schema of `contextActivities`, whose keys are parent, grouping, category and other. */
export const contextActivitiesSchema = z.strictObject({
  parent: contextActivityListSchema.optional(),
  grouping: contextActivityListSchema.optional(),
  category: contextActivityListSchema.optional(),
  other: contextActivityListSchema.optional(),
});

/**
 * Schema of a statement's context. The rule that `revision` and `platform`
 * need an Activity as the statement's object involves the whole statement, so
 * the statement schemas check it.
 */
export const contextSchema = z.strictObject({
  registration: uuidSchema.optional(),
  instructor: actorSchema.optional(),
  team: groupSchema.optional(),
  contextActivities: contextActivitiesSchema.optional(),
  revision: z.string().optional(),
  platform: z.string().optional(),
  language: languageTagSchema.optional(),
  statement: statementRefSchema.optional(),
  extensions: extensionsSchema.optional(),
});
