import * as z from 'zod';

/** Value of one class setting: the manifest's settings declare which keys exist. */
export const settingValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/**
 * What a mounted plugin learns about the launch in the host's `welcome`
 * message. It never contains a name: `learner` is a pseudonym that is
 * stable for one pupil and one plugin and differs between plugins.
 */
export const sessionInfoSchema = z.strictObject({
  /** Entry the host mounted. */
  entry: z.enum(['pupil', 'teacher']),
  /** Interface language, an RFC 5646 tag such as `fr` or `en`. */
  locale: z.string().min(2).max(35),
  /** School level of the class, for example `GS` or `CP`. */
  level: z.string().max(8),
  /** Pseudonymous learner handle; `null` in a teacher entry. */
  learner: z.string().max(128).nullable(),
  /** Class settings chosen by the teacher, with the manifest's defaults filled in. */
  settings: z.record(z.string(), settingValueSchema),
  /** IRI prefix under which every object id of this plugin's statements must live. */
  activityBase: z.string().url(),
});

/** Launch information sent to a plugin in `welcome`. */
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
