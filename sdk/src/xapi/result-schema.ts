import { z } from 'zod';
import { durationSchema } from './duration.js';
import { extensionsSchema } from './extensions-schema.js';
import { scoreSchema } from './score-schema.js';

/** Schema of a statement's result: score, success, completion, response, duration and extensions. */
export const resultSchema = z.strictObject({
  score: scoreSchema.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().optional(),
  duration: durationSchema.optional(),
  extensions: extensionsSchema.optional(),
});
