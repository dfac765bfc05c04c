import { z } from 'zod';
import { iriSchema } from './iri.js';
import { listValues } from './value-text.js';

/** Statement fields a dashboard query can read by name. */
export const STATEMENT_FIELDS = [
  'result.response',
  'result.success',
  'result.completion',
  'result.score.scaled',
  'result.score.raw',
  'result.duration',
  'timestamp',
  'object.id',
] as const;

/** The dimension that groups by pupil; only an aggregate query's `groupBy` can use it. */
export const PUPIL_FIELD = 'pupil';

/** A statement field read by name, such as `result.success`. */
export type StatementField = (typeof STATEMENT_FIELDS)[number];

/** JSON type of each named statement field's value, as xAPI 1.0.3 defines it. */
export const STATEMENT_FIELD_TYPES: Readonly<
  Record<StatementField, 'string' | 'number' | 'boolean'>
> = {
  'result.response': 'string',
  'result.success': 'boolean',
  'result.completion': 'boolean',
  'result.score.scaled': 'number',
  'result.score.raw': 'number',
  'result.duration': 'string',
  timestamp: 'string',
  'object.id': 'string',
};

/** Zod schema of an extension field: the extension's IRI and where it sits in a statement. */
export const extensionFieldSchema = z.strictObject({
  extension: iriSchema,
  in: z.enum(['result', 'context']).meta({
    description: '"result" for result.extensions, "context" for context.extensions.',
  }),
});

/** A value read from `result.extensions` or `context.extensions` under an IRI key. */
export type ExtensionField = z.output<typeof extensionFieldSchema>;

const EXTENSION_FORM = '{ "extension": "<absolute IRI>", "in": "result" or "context" }';

/** Zod schema of a field reference: a named statement field or an extension field. */
export const fieldReferenceSchema = z.union([z.enum(STATEMENT_FIELDS), extensionFieldSchema], {
  error: () => `must be one of ${listValues(STATEMENT_FIELDS)}, or an object ${EXTENSION_FORM}.`,
});

/** A value of a statement that a dashboard query reads, by name or by extension IRI. */
export type FieldReference = z.output<typeof fieldReferenceSchema>;

/** Zod schema of a grouping dimension's field: a field reference or `pupil`. */
export const dimensionFieldSchema = z.union(
  [z.enum([...STATEMENT_FIELDS, PUPIL_FIELD]), extensionFieldSchema],
  {
    error: () =>
      `must be one of ${listValues([...STATEMENT_FIELDS, PUPIL_FIELD])}, or an object ${EXTENSION_FORM}.`,
  },
);

/** Field of a grouping dimension: a field reference, or `pupil` for one row per pupil. */
export type DimensionField = z.output<typeof dimensionFieldSchema>;

/**
 * Tells whether a field contains numbers, so that mean, median, min, max and sum apply to it.
 * Extension values have no type declared in the manifest, so they count as numeric.
 *
 * NOTE: `result.duration` is an ISO 8601 duration string, so it is not numeric until the
 * host converts durations to seconds in dashboard queries.
 */
export function isNumericField(field: FieldReference): boolean {
  return typeof field !== 'string' || STATEMENT_FIELD_TYPES[field] === 'number';
}

/** Names a field reference in a message: its name, or its extension IRI and location. */
export function describeField(field: DimensionField): string {
  if (typeof field === 'string') return JSON.stringify(field);
  return `the ${field.in} extension ${JSON.stringify(field.extension)}`;
}
