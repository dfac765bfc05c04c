import { z } from 'zod';
import { reportDuplicates } from './duplicates.js';
import { iriSchema } from './iri.js';
import { languageMapSchema } from './language-map-schema.js';

/** Maximum number of verbs, and of activity types, that a plugin declares. */
export const MAX_DECLARED_IRIS = 100;

/** Largest storage quota a plugin can declare, in bytes (1 MiB). */
export const MAX_STORAGE_QUOTA_BYTES = 1_048_576;

/** Zod schema of the reason shown to teachers and reviewers for a capability. */
export const reasonSchema = languageMapSchema(500).meta({
  description: 'Why the plugin needs this capability, shown to teachers and reviewers.',
});

/** Zod schema of one verb or activity type that the plugin may emit, with its reason. */
export const declaredIriSchema = z.strictObject({ id: iriSchema, reason: reasonSchema });

/** A verb or activity type IRI that the plugin may emit, with the reason it needs it. */
export type DeclaredIri = z.output<typeof declaredIriSchema>;

function declaredIrisSchema(minimum: number, noun: string) {
  return z
    .array(declaredIriSchema)
    .min(minimum)
    .max(MAX_DECLARED_IRIS)
    .superRefine((declared, ctx) => {
      reportDuplicates(
        ctx,
        declared.map((item) => item.id),
        { code: 'duplicate-id', noun, path: (index) => [index, 'id'] },
      );
    });
}

/** Zod schema of the xAPI vocabulary a plugin may emit. The host rejects any other. */
export const xapiCapabilitySchema = z.strictObject({
  verbs: declaredIrisSchema(1, 'verb id'),
  activityTypes: declaredIrisSchema(0, 'activity type id'),
});

/** Zod schema of the key-value storage the host keeps for the plugin. */
export const storageCapabilitySchema = z.strictObject({
  scope: z.enum(['pupil', 'class']).meta({
    description: '"pupil": one store per pupil and class; "class": one store shared by a class.',
  }),
  quotaBytes: z.number().int().min(1).max(MAX_STORAGE_QUOTA_BYTES),
  reason: reasonSchema,
});

/** Zod schema of a device capability (microphone or camera), declared with its reason. */
export const deviceCapabilitySchema = z.strictObject({ reason: reasonSchema });

/** Zod schema of the manifest's `capabilities`. */
export const capabilitiesSchema = z.strictObject({
  xapi: xapiCapabilitySchema,
  storage: storageCapabilitySchema.optional(),
  microphone: deviceCapabilitySchema.optional(),
  camera: deviceCapabilitySchema.optional(),
});

/** The xAPI verbs and activity types a plugin may emit. */
export type XapiCapability = z.output<typeof xapiCapabilitySchema>;
/** Storage the host keeps for a plugin, scoped to a pupil or a class, within a quota. */
export type StorageCapability = z.output<typeof storageCapabilitySchema>;
/** Capabilities of a plugin beyond drawing in its frame. The host grants no other. */
export type Capabilities = z.output<typeof capabilitiesSchema>;
