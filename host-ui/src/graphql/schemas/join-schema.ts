import { z } from 'zod';
import { pictureCardSchema } from './picture-card-schema.js';

/** A picture card offered on the join page; `taken` means a pupil of the class already has it. */
export const joinCardSchema = z.object({ card: pictureCardSchema, taken: z.boolean() });

/** A picture card offered on the join page. */
export type JoinCard = z.infer<typeof joinCardSchema>;

/** Class details on the join page, before a pupil picks a card. */
export const joinableClassSchema = z.object({
  name: z.string(),
  level: z.string(),
  cards: z.array(joinCardSchema),
});

/** Class details on the join page. */
export type JoinableClass = z.infer<typeof joinableClassSchema>;
