import { z } from 'zod';
import { entryScriptPathSchema } from './entry-path.js';
import { classSettingsSchema } from './settings-schema.js';

/** Zod schema of one entry: the script the host loads in the entry's sandboxed frame. */
export const entrySchema = z.strictObject({ script: entryScriptPathSchema });

/** Zod schema of the manifest's `entries`. */
export const entriesSchema = z.strictObject({
  pupil: entrySchema.meta({ description: 'The activity a pupil plays.' }),
  teacher: entrySchema.optional().meta({
    description: "The class dashboard, drawn from the host's results of the dashboard queries.",
  }),
  settings: classSettingsSchema.optional().meta({
    description: 'Settings a teacher chooses per class. The host passes the values to each entry.',
  }),
});

/** One entry of a plugin: the script run in its own sandboxed frame. */
export type Entry = z.output<typeof entrySchema>;

/** The plugin's entries: the pupil activity, an optional dashboard and class settings. */
export type Entries = z.output<typeof entriesSchema>;
