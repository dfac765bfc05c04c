import { z } from 'zod';
import { dashboardIdSchema } from './dashboard-id.js';
import {
  describeField,
  type FieldReference,
  fieldReferenceSchema,
  isNumericField,
  STATEMENT_FIELD_TYPES,
} from './field-reference.js';
import { languageMapSchema } from './language-map-schema.js';
import { reportRuleIssue } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/** Measure operations that need a numeric field. */
export const NUMERIC_MEASURE_OPS = ['mean', 'median', 'min', 'max', 'sum'] as const;

/**
 * Zod schema of a measure's filter: only statements whose field equals the value count.
 * Reports `invalid-where-value` when a named field can never hold a value of that type.
 */
export const whereSchema = z
  .strictObject({
    field: fieldReferenceSchema,
    equals: z.union([z.string(), z.number(), z.boolean()]),
  })
  .superRefine((where, ctx) => {
    const expected = typeof where.field === 'string' ? STATEMENT_FIELD_TYPES[where.field] : null;
    if (expected !== null && typeof where.equals !== expected) {
      reportRuleIssue(ctx, {
        code: 'invalid-where-value',
        message: `must be a ${expected}, because ${describeField(where.field)} is a ${expected} field (got ${describeValue(where.equals)}).`,
        path: ['equals'],
        input: where.equals,
      });
    }
  });

/** A filter that keeps the statements whose field equals a value. */
export type Where = z.output<typeof whereSchema>;

const measureBase = {
  id: dashboardIdSchema,
  title: languageMapSchema(80),
  where: whereSchema.optional(),
};

const countMeasureSchema = z
  .strictObject({ ...measureBase, op: z.literal('count'), field: fieldReferenceSchema.optional() })
  .meta({ description: 'Number of statements, or of statements where "field" is present.' });

const numericMeasureSchema = z
  .strictObject({ ...measureBase, op: z.enum(NUMERIC_MEASURE_OPS), field: fieldReferenceSchema })
  .superRefine((measure, ctx) => checkNumericField(measure.field, ctx))
  .meta({ description: 'Mean, median, min, max or sum of a numeric field.' });

const successRateMeasureSchema = z
  .strictObject({ ...measureBase, op: z.literal('success-rate') })
  .meta({ description: 'Share of statements with result.success true, from 0 to 1; no field.' });

/**
 * Zod schema of a measure of an aggregate query, chosen by its `op`. `count` counts
 * statements, or statements where `field` is present. `mean`, `median`, `min`, `max` and
 * `sum` need a numeric `field` (`non-numeric-measure-field` otherwise). `success-rate` is
 * the share of statements with result.success true and takes no field.
 */
export const measureSchema = z.discriminatedUnion('op', [
  countMeasureSchema,
  numericMeasureSchema,
  successRateMeasureSchema,
]);

/** A number computed over each group's statements, such as a count or a median. */
export type Measure = z.output<typeof measureSchema>;

function checkNumericField(field: FieldReference, ctx: z.RefinementCtx): void {
  if (isNumericField(field)) return;
  reportRuleIssue(ctx, {
    code: 'non-numeric-measure-field',
    message: `must be a numeric field such as "result.score.scaled" or an extension, because ${describeField(field)} is not numeric. Use op "count" or pick another field.`,
    path: ['field'],
    input: field,
  });
}
