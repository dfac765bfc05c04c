import { z } from 'zod';
import type { ManifestIssue } from './manifest-issues.js';
import { parseWithIssues } from './parse-with-issues.js';
import type { ClassSetting } from './settings-schema.js';

/** The value of one class setting: a choice's option value, an integer or a boolean. */
export type SettingValue = string | number | boolean;

/** A class's settings, by setting key, with every declared setting present. */
export type SettingsValues = Readonly<Record<string, SettingValue>>;

/** The outcome of {@link parseSettingsValues}. */
export type SettingsValuesParseResult =
  | { readonly success: true; readonly values: SettingsValues }
  | { readonly success: false; readonly issues: ManifestIssue[] };

/**
 * Builds the zod schema of a class's settings object from the plugin's declared settings:
 * one property per setting key, each optional and filled with the setting's default, and
 * no other property.
 *
 * @example
 * const schema = settingsValuesSchema(manifest.entries.settings ?? []);
 * schema.parse({}); // { range: '0-10' }
 */
export function settingsValuesSchema(settings: readonly ClassSetting[]) {
  const shape: Record<string, z.ZodType<SettingValue>> = {};
  for (const setting of settings) {
    shape[setting.key] = settingValueSchema(setting);
  }
  return z.strictObject(shape);
}

/**
 * Validates the settings a teacher chose for a class against the plugin's declared settings,
 * and fills in the default of each setting left out. `undefined` and `null` stand for a
 * class where the teacher chose nothing yet.
 *
 * @example
 * parseSettingsValues(manifest.entries.settings ?? [], { range: '0-100' });
 * // { success: true, values: { range: '0-100' } }
 */
export function parseSettingsValues(
  settings: readonly ClassSetting[],
  value: unknown,
): SettingsValuesParseResult {
  const result = parseWithIssues(
    settingsValuesSchema(settings),
    value ?? {},
    'The settings object',
  );
  if (!result.success) return result;
  return { success: true, values: result.data };
}

function settingValueSchema(setting: ClassSetting): z.ZodType<SettingValue> {
  switch (setting.type) {
    case 'choice': {
      const values = setting.options.map((option) => option.value);
      return z.enum(values).default(setting.default);
    }
    case 'integer':
      return z.number().int().min(setting.min).max(setting.max).default(setting.default);
    case 'boolean':
      return z.boolean().default(setting.default);
  }
}
