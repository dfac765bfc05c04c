import { z } from 'zod';
import { iriSchema } from './iri.js';
import { languageMapSchema } from './language-map.js';

/** Schema of a verb: its `id` IRI and an optional `display` language map. */
export const verbSchema = z.strictObject({
  id: iriSchema,
  display: languageMapSchema.optional(),
});
