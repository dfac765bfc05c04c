import { z } from 'zod';
import { authorsSchema } from './authors-schema.js';
import { capabilitiesSchema } from './capabilities-schema.js';
import { dashboardSchema } from './dashboard-query-schema.js';
import { dataUseSchema } from './data-use-schema.js';
import { reportDuplicates } from './duplicates.js';
import { entriesSchema } from './entries-schema.js';
import { hostApiRangeSchema } from './host-api.js';
import { iconPathSchema } from './icon-path.js';
import { languageMapSchema } from './language-map-schema.js';
import { licenseSchema } from './license-schema.js';
import { localesSchema } from './locales-schema.js';
import { checkManifestConsistency } from './manifest-consistency.js';
import { pluginIdSchema } from './plugin-id.js';
import { pluginVersionSchema } from './plugin-version.js';
import { researchSchema } from './research-schema.js';
import { schoolLevelSchema } from './school-levels.js';
import { subjectSchema } from './subjects.js';

/** Version of the manifest format that this schema reads. */
export const MANIFEST_VERSION = 1;

/** File name of a plugin manifest, at the root of the plugin folder and package. */
export const MANIFEST_FILE_NAME = 'fabrique.plugin.json';

const manifestVersionSchema = z
  .number()
  .superRefine((value, ctx) => {
    if (value !== MANIFEST_VERSION) {
      ctx.addIssue({
        code: 'custom',
        message: `must be ${MANIFEST_VERSION}, the only manifest version this SDK reads (got ${value}). Update the SDK or set it to ${MANIFEST_VERSION}.`,
        params: { code: 'unsupported-manifest-version' },
        input: value,
      });
    }
  })
  .pipe(z.literal(MANIFEST_VERSION));

/** Zod schema of the fields of a manifest, before the rules that relate several of them. */
export const pluginManifestShapeSchema = z.strictObject({
  $schema: z.string().max(2048).optional().meta({
    description: 'URL of this JSON Schema, for editors. The host ignores it.',
  }),
  manifestVersion: manifestVersionSchema,
  id: pluginIdSchema,
  version: pluginVersionSchema,
  hostApi: hostApiRangeSchema,
  title: languageMapSchema(80),
  description: languageMapSchema(2000),
  icon: iconPathSchema.optional(),
  authors: authorsSchema,
  license: licenseSchema,
  research: researchSchema,
  levels: z
    .array(schoolLevelSchema)
    .min(1)
    .superRefine((levels, ctx) => {
      reportDuplicates(ctx, levels, {
        code: 'duplicate-value',
        noun: 'school level',
        path: (index) => [index],
      });
    })
    .meta({ uniqueItems: true }),
  subjects: z
    .array(subjectSchema)
    .min(1)
    .superRefine((subjects, ctx) => {
      reportDuplicates(ctx, subjects, {
        code: 'duplicate-value',
        noun: 'subject',
        path: (index) => [index],
      });
    })
    .meta({ uniqueItems: true }),
  entries: entriesSchema,
  capabilities: capabilitiesSchema,
  dataUse: dataUseSchema,
  dashboard: dashboardSchema.optional(),
  locales: localesSchema,
});

/**
 * Zod schema of a plugin manifest (`fabrique.plugin.json`), version 1, with every rule,
 * including those that relate several fields. Prefer {@link parsePluginManifest}, which
 * returns issues with stable codes and full messages.
 */
export const pluginManifestSchema = pluginManifestShapeSchema.superRefine(checkManifestConsistency);

/** A validated plugin manifest, version 1. */
export type PluginManifest = z.output<typeof pluginManifestSchema>;
