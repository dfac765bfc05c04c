import { z } from 'zod';
import { pictureCardSchema } from './picture-card-schema.js';
import { USER_FIELDS, userSchema } from './user-schema.js';

/** The signed-in pupil: their card and class, never a name. */
export const pupilSelfSchema = z.object({
  id: z.string(),
  card: pictureCardSchema,
  className: z.string(),
  classLevel: z.string(),
});

/** The signed-in person: an adult with `user`, or a pupil with `pupil`. */
export const viewerSchema = z.object({
  kind: z.enum(['ADULT', 'PUPIL']),
  user: userSchema.nullable(),
  pupil: pupilSelfSchema.nullable(),
});

/** The signed-in person. */
export type Viewer = z.infer<typeof viewerSchema>;

/** GraphQL selection of every field of `viewerSchema`. */
export const VIEWER_FIELDS = `kind user { ${USER_FIELDS} } pupil { id className classLevel card { id emoji label } }`;
