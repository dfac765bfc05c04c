import { sessionInfoSchema } from '@fabrique/sdk';
import { z } from 'zod';

/** One run of a plugin by a pupil: where to load its frame and what to tell it. */
export const launchSchema = z.object({
  id: z.string(),
  frameUrl: z.string(),
  pluginOrigin: z.string(),
  session: sessionInfoSchema,
});

/** One run of a plugin by a pupil. */
export type Launch = z.infer<typeof launchSchema>;
