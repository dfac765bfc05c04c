import { z } from 'zod';
import { reportDuplicates } from './duplicates.js';
import { languageMapSchema } from './language-map-schema.js';
import { reportRuleIssue, withRule } from './manifest-rule.js';
import { describeValue, listValues } from './value-text.js';

/** Maximum number of class settings a plugin declares. */
export const MAX_SETTINGS = 50;

/** Maximum number of options of a choice setting. */
export const MAX_SETTING_OPTIONS = 50;

const SETTING_KEY_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Tells whether a string is a setting key: a lowercase letter, then letters, digits or `-`. */
export function isSettingKey(value: string): boolean {
  return value.length <= 64 && SETTING_KEY_PATTERN.test(value);
}

const settingKeySchema = withRule(z.string(), {
  code: 'invalid-setting-key',
  test: isSettingKey,
  message: (value) =>
    'must start with a lowercase letter followed by lowercase letters, digits or "-", at ' +
    `most 64 characters, such as "range" (got ${describeValue(value)}).`,
}).meta({ pattern: SETTING_KEY_PATTERN.source, maxLength: 64 });

const choiceOptionSchema = z.strictObject({
  value: z.string().min(1).max(64),
  label: languageMapSchema(80),
});

/**
 * Zod schema of a choice setting: 2 to {@link MAX_SETTING_OPTIONS} options with unique
 * values, and a `default` that is one of them (`invalid-setting-default` otherwise).
 */
export const choiceSettingSchema = z
  .strictObject({
    key: settingKeySchema,
    type: z.literal('choice'),
    label: languageMapSchema(80),
    options: z.array(choiceOptionSchema).min(2).max(MAX_SETTING_OPTIONS),
    default: z.string(),
  })
  .superRefine((setting, ctx) => {
    const values = setting.options.map((option) => option.value);
    reportDuplicates(ctx, values, {
      code: 'duplicate-value',
      noun: 'option value',
      path: (index) => ['options', index, 'value'],
    });
    if (!values.includes(setting.default)) {
      reportRuleIssue(ctx, {
        code: 'invalid-setting-default',
        message: `must be the value of one of the options: ${listValues(values)} (got ${describeValue(setting.default)}).`,
        path: ['default'],
        input: setting.default,
      });
    }
  })
  .meta({ description: 'A choice among options; "default" must be the value of an option.' });

/**
 * Zod schema of an integer setting: integer bounds with `min <= max`
 * (`invalid-setting-range` otherwise) and a `default` between them
 * (`invalid-setting-default` otherwise).
 */
export const integerSettingSchema = z
  .strictObject({
    key: settingKeySchema,
    type: z.literal('integer'),
    label: languageMapSchema(80),
    min: z.number().int(),
    max: z.number().int(),
    default: z.number().int(),
  })
  .superRefine((setting, ctx) => {
    if (setting.min > setting.max) {
      reportRuleIssue(ctx, {
        code: 'invalid-setting-range',
        message: `must be at least min (${setting.min}) (got ${setting.max}). Swap or fix the bounds.`,
        path: ['max'],
        input: setting.max,
      });
    } else if (setting.default < setting.min || setting.default > setting.max) {
      reportRuleIssue(ctx, {
        code: 'invalid-setting-default',
        message: `must lie between min and max, ${setting.min} to ${setting.max} (got ${setting.default}).`,
        path: ['default'],
        input: setting.default,
      });
    }
  })
  .meta({ description: 'An integer from "min" to "max"; "default" must lie between them.' });

/** Zod schema of a yes-or-no setting. */
export const booleanSettingSchema = z.strictObject({
  key: settingKeySchema,
  type: z.literal('boolean'),
  label: languageMapSchema(80),
  default: z.boolean(),
});

/** Zod schema of one class setting, chosen by its `type`. */
export const classSettingSchema = z.discriminatedUnion('type', [
  choiceSettingSchema,
  integerSettingSchema,
  booleanSettingSchema,
]);

/** A setting where the teacher picks one of several options. */
export type ChoiceSetting = z.output<typeof choiceSettingSchema>;
/** A setting where the teacher picks an integer between bounds. */
export type IntegerSetting = z.output<typeof integerSettingSchema>;
/** A setting the teacher turns on or off. */
export type BooleanSetting = z.output<typeof booleanSettingSchema>;
/** A setting that a teacher chooses for one class, with the value used until they do. */
export type ClassSetting = z.output<typeof classSettingSchema>;

/** Zod schema of `entries.settings`: settings with unique keys (`duplicate-id` otherwise). */
export const classSettingsSchema = z
  .array(classSettingSchema)
  .max(MAX_SETTINGS)
  .superRefine((settings, ctx) => {
    reportDuplicates(
      ctx,
      settings.map((setting) => setting.key),
      { code: 'duplicate-id', noun: 'setting key', path: (index) => [index, 'key'] },
    );
  });
