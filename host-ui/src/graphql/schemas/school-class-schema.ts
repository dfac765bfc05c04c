import { z } from 'zod';
import { installedPluginSchema } from './installed-plugin-schema.js';
import { pictureCardSchema } from './picture-card-schema.js';
import { settingValuesSchema } from './plugin-setting-schema.js';

/** A pupil of a class, as shown to the teacher. */
export const pupilSchema = z.object({
  id: z.string(),
  card: pictureCardSchema,
  nickname: z.string().nullable(),
  joinedAt: z.string(),
});

/** A pupil of a class. */
export type Pupil = z.infer<typeof pupilSchema>;

/** An installed plugin with its state in one class. */
export const classPluginSchema = z.object({
  plugin: installedPluginSchema,
  enabled: z.boolean(),
  settings: settingValuesSchema,
});

/** An installed plugin with its state in one class. */
export type ClassPlugin = z.infer<typeof classPluginSchema>;

/** A class with its pupils and plugins. */
export const schoolClassSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  joinCode: z.string(),
  pupils: z.array(pupilSchema),
  plugins: z.array(classPluginSchema),
});

/** A class with its pupils and plugins. */
export type SchoolClass = z.infer<typeof schoolClassSchema>;

/** A class as listed in the console: no plugins, pupils by id only. */
export const classSummarySchema = schoolClassSchema
  .pick({ id: true, name: true, level: true, joinCode: true })
  .extend({ pupils: z.array(z.object({ id: z.string() })) });

/** A class as listed in the console. */
export type ClassSummary = z.infer<typeof classSummarySchema>;
