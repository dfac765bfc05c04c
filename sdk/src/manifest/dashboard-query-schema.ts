import { z } from 'zod';
import { dashboardIdSchema } from './dashboard-id.js';
import { reportDuplicates } from './duplicates.js';
import { dimensionFieldSchema, fieldReferenceSchema, PUPIL_FIELD } from './field-reference.js';
import { iriSchema } from './iri.js';
import { languageMapSchema } from './language-map-schema.js';
import { reportRuleIssue } from './manifest-rule.js';
import { measureSchema } from './measure-schema.js';
import { describeValue, listValues } from './value-text.js';

const declaredVerbSchema = iriSchema.meta({
  description: 'Verb of the statements the query reads. Must be one of capabilities.xapi.verbs.',
});

/** Maximum number of dashboard queries a plugin declares. */
export const MAX_DASHBOARD_QUERIES = 50;

/** Largest `limit` of an aggregate query, in rows. */
export const MAX_QUERY_LIMIT = 100;

/** Zod schema of a column of a rows query: one field of each statement. */
export const columnSchema = z.strictObject({
  id: dashboardIdSchema,
  title: languageMapSchema(80),
  field: fieldReferenceSchema,
});

/** A column of a rows query. */
export type Column = z.output<typeof columnSchema>;

/** Zod schema of a query that lists the class's statements of one verb, one row each. */
export const rowsQuerySchema = z
  .strictObject({
    id: dashboardIdSchema,
    kind: z.literal('rows'),
    title: languageMapSchema(80),
    verb: declaredVerbSchema,
    columns: z.array(columnSchema).min(1).max(20),
  })
  .superRefine((query, ctx) => {
    reportDuplicates(
      ctx,
      query.columns.map((column) => column.id),
      { code: 'duplicate-id', noun: 'column id', path: (index) => ['columns', index, 'id'] },
    );
  });

/**
 * Zod schema of a grouping dimension. The title is optional for the `pupil` dimension,
 * whose title the host supplies, and required for any other (`missing-property`).
 */
export const dimensionSchema = z
  .strictObject({
    id: dashboardIdSchema,
    title: languageMapSchema(80).optional(),
    field: dimensionFieldSchema,
  })
  .superRefine((dimension, ctx) => {
    if (dimension.title === undefined && dimension.field !== PUPIL_FIELD) {
      reportRuleIssue(ctx, {
        code: 'missing-property',
        message: 'is missing. Add a title: only the "pupil" dimension can do without one.',
        path: ['title'],
      });
    }
  });

/** A grouping dimension of an aggregate query. */
export type Dimension = z.output<typeof dimensionSchema>;

/** Zod schema of the row order of an aggregate query. */
export const orderBySchema = z.strictObject({
  measure: dashboardIdSchema,
  direction: z.enum(['asc', 'desc']),
});

/**
 * Zod schema of a query that groups the class's statements of one verb (an empty `groupBy`
 * makes one group of the whole class) and computes measures per group. Dimension and
 * measure ids share one namespace (`duplicate-id`), and `orderBy.measure` must name a
 * measure (`unknown-order-measure`).
 */
export const aggregateQuerySchema = z
  .strictObject({
    id: dashboardIdSchema,
    kind: z.literal('aggregate'),
    title: languageMapSchema(80),
    verb: declaredVerbSchema,
    groupBy: z.array(dimensionSchema).max(5),
    measures: z.array(measureSchema).min(1).max(20),
    orderBy: orderBySchema.optional(),
    limit: z.number().int().min(1).max(MAX_QUERY_LIMIT).optional(),
  })
  .superRefine((query, ctx) => {
    const ids = [...query.groupBy, ...query.measures].map((item) => item.id);
    reportDuplicates(ctx, ids, {
      code: 'duplicate-id',
      noun: 'dimension or measure id',
      path: (index) =>
        index < query.groupBy.length
          ? ['groupBy', index, 'id']
          : ['measures', index - query.groupBy.length, 'id'],
    });
    const measureIds = query.measures.map((measure) => measure.id);
    if (query.orderBy !== undefined && !measureIds.includes(query.orderBy.measure)) {
      reportRuleIssue(ctx, {
        code: 'unknown-order-measure',
        message: `must be the id of one of this query's measures: ${listValues(measureIds)} (got ${describeValue(query.orderBy.measure)}).`,
        path: ['orderBy', 'measure'],
        input: query.orderBy.measure,
      });
    }
  });

/** Zod schema of one dashboard query, chosen by its `kind`. */
export const dashboardQuerySchema = z.discriminatedUnion('kind', [
  rowsQuerySchema,
  aggregateQuerySchema,
]);

/** A query that lists statements, one row each. */
export type RowsQuery = z.output<typeof rowsQuerySchema>;
/** A query that groups statements and computes measures per group. */
export type AggregateQuery = z.output<typeof aggregateQuerySchema>;
/** A query whose results the host computes for the plugin's teacher dashboard. */
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

/** Zod schema of the manifest's `dashboard`: queries with unique ids (`duplicate-id`). */
export const dashboardSchema = z.strictObject({
  queries: z
    .array(dashboardQuerySchema)
    .max(MAX_DASHBOARD_QUERIES)
    .superRefine((queries, ctx) => {
      reportDuplicates(
        ctx,
        queries.map((query) => query.id),
        { code: 'duplicate-id', noun: 'query id', path: (index) => [index, 'id'] },
      );
    })
    .optional(),
});

/** The queries behind a plugin's teacher dashboard. */
export type Dashboard = z.output<typeof dashboardSchema>;
