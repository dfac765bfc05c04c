import { z } from 'zod';
import { activitySchema } from './activity-schema.js';
import { contextActivityListSchema } from './context-schema.js';
import { extensionsSchema } from './extensions-schema.js';
import { languageTagSchema } from './language-tag.js';
import { resultSchema } from './result-schema.js';
import { checkVoiding } from './statement-rules.js';
import type { StatementDraft } from './statement-types.js';
import { timestampSchema } from './timestamp.js';
import { uuidSchema } from './uuid.js';
import { verbSchema } from './verb-schema.js';
import type { XapiParseResult } from './xapi-issue.js';
import { parseWithSchema, type UnknownPropertyDescription } from './xapi-parse.js';

/**
 * Schema of the `contextActivities` of a draft: parent, category and other.
 * The host fills `grouping` with the class and the plugin.
 */
export const draftContextActivitiesSchema = z.strictObject({
  parent: contextActivityListSchema.optional(),
  category: contextActivityListSchema.optional(),
  other: contextActivityListSchema.optional(),
});

/** Schema of the context of a draft: contextActivities, extensions and language only. */
export const draftContextSchema = z.strictObject({
  contextActivities: draftContextActivitiesSchema.optional(),
  extensions: extensionsSchema.optional(),
  language: languageTagSchema.optional(),
});

/**
 * Schema of a statement draft: what a sandboxed plugin may send for the host
 * to complete. Its object is an Activity. Its optional `id` is the plugin's
 * own statement id, which the host keeps so that a retried draft is stored
 * once. The host sets the actor, authority, stored, version, registration and
 * grouping itself, and a plugin may send no attachments, instructor, team,
 * revision, platform or context statement.
 */
export const statementDraftSchema = z
  .strictObject({
    id: uuidSchema.optional(),
    verb: verbSchema,
    object: z.discriminatedUnion('objectType', [activitySchema]),
    result: resultSchema.optional(),
    context: draftContextSchema.optional(),
    timestamp: timestampSchema.optional(),
  })
  .superRefine(checkVoiding);

const HOST_OWNED_PROPERTIES = new Set([
  'actor',
  'authority',
  'stored',
  'version',
  'context.registration',
  'context.contextActivities.grouping',
]);

const FORBIDDEN_PROPERTIES = new Set([
  'attachments',
  'context.instructor',
  'context.team',
  'context.revision',
  'context.platform',
  'context.statement',
]);

function describeUnknownDraftProperty(
  path: readonly PropertyKey[],
): UnknownPropertyDescription | undefined {
  const key = path.join('.');
  if (HOST_OWNED_PROPERTIES.has(key)) {
    return { code: 'host-owned-property', rule: 'is set by the host: remove it from the draft' };
  }
  if (FORBIDDEN_PROPERTIES.has(key)) {
    return {
      code: 'forbidden-in-draft',
      rule: 'is not allowed in a statement draft from a plugin',
    };
  }
  return undefined;
}

/**
 * Parses an untrusted value as a statement draft from a plugin.
 *
 * @returns the normalised draft, with every `contextActivities` value as an
 *   array, or every issue found. Properties that the host sets are reported
 *   as `host-owned-property`, other xAPI properties that a plugin may not send
 *   as `forbidden-in-draft`, and an object other than an Activity as
 *   `invalid-object-type`.
 */
export function parseStatementDraft(value: unknown): XapiParseResult<StatementDraft> {
  return parseWithSchema(statementDraftSchema, value, {
    rootLabel: 'statement draft',
    describeUnknownProperty: describeUnknownDraftProperty,
  });
}
