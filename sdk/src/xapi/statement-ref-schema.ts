import { z } from 'zod';
import { uuidSchema } from './uuid.js';

/** Schema of a StatementRef: `objectType` `StatementRef` and the UUID `id` of another statement. */
export const statementRefSchema = z.strictObject({
  objectType: z.literal('StatementRef'),
  id: uuidSchema,
});
