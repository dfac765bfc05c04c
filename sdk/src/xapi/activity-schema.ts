import { z } from 'zod';
import { extensionsSchema } from './extensions-schema.js';
import { checkInteraction, interactionShape } from './interaction-schema.js';
import { iriSchema, irlSchema } from './iri.js';
import { languageMapSchema } from './language-map.js';

/**
 * Schema of an activity definition: name, description, type, moreInfo,
 * extensions, and the interaction properties of section 2.4.4.1, which are
 * checked together by {@link checkInteraction}.
 */
export const activityDefinitionSchema = z
  .strictObject({
    name: languageMapSchema.optional(),
    description: languageMapSchema.optional(),
    type: iriSchema.optional(),
    moreInfo: irlSchema.optional(),
    ...interactionShape,
    extensions: extensionsSchema.optional(),
  })
  .superRefine(checkInteraction);

/**
 * Schema of an Activity: an `id` IRI, an optional definition, and an
 * `objectType` that is `Activity` when present.
 */
export const activitySchema = z.strictObject({
  objectType: z.literal('Activity').optional(),
  id: iriSchema,
  definition: activityDefinitionSchema.optional(),
});
