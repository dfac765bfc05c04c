import { z } from 'zod';
import { languageMapSchema } from '../../i18n/language-map.js';

const settingKeySchema = z.string().min(1);

/** A class setting with a fixed list of values, shown as a select. */
export const choiceSettingSchema = z.object({
  key: settingKeySchema,
  type: z.literal('choice'),
  label: languageMapSchema,
  options: z.array(z.object({ value: z.string(), label: languageMapSchema })).min(1),
  default: z.string(),
});

/** A whole-number class setting, shown as a number input bounded by `min` and `max`. */
export const integerSettingSchema = z.object({
  key: settingKeySchema,
  type: z.literal('integer'),
  label: languageMapSchema,
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  default: z.number().int(),
});

/** A yes/no class setting, shown as a checkbox. */
export const booleanSettingSchema = z.object({
  key: settingKeySchema,
  type: z.literal('boolean'),
  label: languageMapSchema,
  default: z.boolean(),
});

/** One entry of a manifest's `entries.settings` array. */
export const settingDefinitionSchema = z.discriminatedUnion('type', [
  choiceSettingSchema,
  integerSettingSchema,
  booleanSettingSchema,
]);

/** One class setting a plugin declares. */
export type SettingDefinition = z.infer<typeof settingDefinitionSchema>;

/**
 * Reads the manifest's settings array, keeping the entries this UI can
 * render. An entry of an unknown type is left out of the form, and its value
 * is sent back unchanged.
 */
export const settingDefinitionsSchema = z
  .array(z.unknown())
  .catch([])
  .transform((entries) =>
    entries.flatMap((entry) => {
      const parsed = settingDefinitionSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }),
  );

/** Value of one class setting. */
export type SettingValue = string | number | boolean;

/** Chosen values of a class's settings, with the manifest's defaults filled in. */
export const settingValuesSchema: z.ZodType<Readonly<Record<string, SettingValue>>> = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .catch({});
