import { z } from 'zod';
import { languageMapSchema } from '../../i18n/language-map.js';

/** A picture card that stands for one pupil of a class: an emoji and its name. */
export const pictureCardSchema = z.object({
  id: z.string(),
  emoji: z.string(),
  label: languageMapSchema,
});

/** A picture card. */
export type PictureCard = z.infer<typeof pictureCardSchema>;
