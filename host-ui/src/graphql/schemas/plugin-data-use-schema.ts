import { z } from 'zod';
import { languageMapSchema } from '../../i18n/language-map.js';

const declaredIriSchema = z.object({ id: z.string(), reason: languageMapSchema });
const reasonOnlySchema = z.object({ reason: languageMapSchema });

/**
 * Capabilities a plugin declares in its manifest. A part that does not
 * parse is left out, and a whole value that does not parse becomes null, so
 * that a malformed declaration is shown as unavailable, never as "nothing".
 */
export const capabilitiesSchema = z
  .object({
    xapi: z
      .object({
        verbs: z.array(declaredIriSchema).catch([]),
        activityTypes: z.array(declaredIriSchema).catch([]),
      })
      .optional()
      .catch(undefined),
    storage: z
      .object({
        scope: z.enum(['pupil', 'class']),
        quotaBytes: z.number().int().positive(),
        reason: languageMapSchema,
      })
      .optional()
      .catch(undefined),
    microphone: reasonOnlySchema.optional().catch(undefined),
    camera: reasonOnlySchema.optional().catch(undefined),
  })
  .nullable()
  .catch(null);

/** A plugin's declared capabilities, or null when they could not be read. */
export type Capabilities = z.infer<typeof capabilitiesSchema>;

/** Data use a plugin declares: categories, purpose, retention and sensitivity. */
export const dataUseSchema = z
  .object({
    categories: z.array(z.string()),
    purpose: languageMapSchema,
    retentionDays: z.number().int().positive(),
    sensitive: z.boolean(),
  })
  .nullable()
  .catch(null);

/** A plugin's declared data use, or null when it could not be read. */
export type DataUse = z.infer<typeof dataUseSchema>;
