import { z } from 'zod';
import { reportDuplicates } from './duplicates.js';
import { languageMapSchema } from './language-map-schema.js';
import { enumWithCode, reportRuleIssue } from './manifest-rule.js';
import { listValues } from './value-text.js';

/** Kinds of data about pupils that a plugin can collect. */
export const DATA_CATEGORIES = [
  'answers',
  'response-times',
  'scores',
  'audio',
  'video',
  'drawings',
  'free-text',
  'emotions',
  'well-being',
  'usage',
] as const;

/**
 * Data categories that make a plugin's data sensitive: the manifest must then set
 * `dataUse.sensitive`, and dashboards hide groups of fewer than 10 pupils rather than 5.
 */
export const SENSITIVE_DATA_CATEGORIES = ['emotions', 'well-being', 'audio', 'video'] as const;

/** Maximum retention a plugin can declare, in days (about ten years). */
export const MAX_RETENTION_DAYS = 3650;

/** Zod schema of one data category. Reports `unknown-data-category`. */
export const dataCategorySchema = enumWithCode(DATA_CATEGORIES, 'unknown-data-category');

/** A kind of data about pupils, such as `answers` or `emotions`. */
export type DataCategory = z.output<typeof dataCategorySchema>;

const sensitiveCategories: ReadonlySet<DataCategory> = new Set(SENSITIVE_DATA_CATEGORIES);

/**
 * Zod schema of the manifest's `dataUse`. Reports `sensitive-data-not-flagged` when a
 * category of {@link SENSITIVE_DATA_CATEGORIES} is listed and `sensitive` is not true.
 */
export const dataUseSchema = z
  .strictObject({
    categories: z
      .array(dataCategorySchema)
      .min(1)
      .max(DATA_CATEGORIES.length)
      .meta({ uniqueItems: true }),
    purpose: languageMapSchema(1000),
    retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS),
    sensitive: z.boolean().meta({
      description: `Must be true when the categories include any of ${listValues(SENSITIVE_DATA_CATEGORIES)}.`,
    }),
  })
  .superRefine((dataUse, ctx) => {
    reportDuplicates(ctx, dataUse.categories, {
      code: 'duplicate-value',
      noun: 'data category',
      path: (index) => ['categories', index],
    });
    const sensitive = dataUse.categories.filter((category) => sensitiveCategories.has(category));
    if (sensitive.length > 0 && !dataUse.sensitive) {
      reportRuleIssue(ctx, {
        code: 'sensitive-data-not-flagged',
        message: `must be true because the categories include ${listValues(sensitive)}, which are sensitive. Set it to true.`,
        path: ['sensitive'],
        input: dataUse.sensitive,
      });
    }
  });

/** Data use of a plugin: categories collected about pupils, purpose, retention, sensitivity. */
export type DataUse = z.output<typeof dataUseSchema>;

/**
 * Tells whether data of these categories is sensitive, regardless of the manifest's `sensitive` flag.
 *
 * @example
 * hasSensitiveCategory(['answers', 'emotions']); // true
 */
export function hasSensitiveCategory(categories: readonly DataCategory[]): boolean {
  return categories.some((category) => sensitiveCategories.has(category));
}
