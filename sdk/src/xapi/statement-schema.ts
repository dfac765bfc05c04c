import { z } from 'zod';
import { activitySchema } from './activity-schema.js';
import { actorSchema, agentObjectSchema, groupSchema } from './agent-schema.js';
import { attachmentSchema } from './attachment-schema.js';
import { authoritySchema } from './authority-schema.js';
import { contextSchema } from './context-schema.js';
import { isJsonObject } from './json-object.js';
import { resultSchema } from './result-schema.js';
import { statementRefSchema } from './statement-ref-schema.js';
import { checkStatementRules } from './statement-rules.js';
import type { Statement } from './statement-types.js';
import { subStatementSchema } from './sub-statement-schema.js';
import { timestampSchema } from './timestamp.js';
import { uuidSchema } from './uuid.js';
import { verbSchema } from './verb-schema.js';
import { statementVersionSchema } from './version.js';
import type { XapiParseResult } from './xapi-issue.js';
import { parseWithSchema, type UnknownPropertyDescription } from './xapi-parse.js';

/**
 * Schema of a statement's object: an Activity (the default when `objectType`
 * is absent), an Agent, a Group, a StatementRef or a SubStatement.
 */
export const statementObjectSchema = z.discriminatedUnion('objectType', [
  activitySchema,
  agentObjectSchema,
  groupSchema,
  statementRefSchema,
  subStatementSchema,
]);

/**
 * Schema of an xAPI 1.0.3 statement as an LRS receives it, with every data
 * rule of the specification: unknown properties and `null` values rejected,
 * formats of IRIs, UUIDs, language tags, timestamps and durations checked, and
 * the rules that span properties.
 *
 * The output is the statement with every `contextActivities` value as an
 * array. Nothing else is added or changed, so `id`, `stored` and `authority`
 * stay as received, for the LRS to set.
 */
export const statementSchema = z
  .strictObject({
    id: uuidSchema.optional(),
    actor: actorSchema,
    verb: verbSchema,
    object: statementObjectSchema,
    result: resultSchema.optional(),
    context: contextSchema.optional(),
    timestamp: timestampSchema.optional(),
    stored: timestampSchema.optional(),
    authority: authoritySchema.optional(),
    version: statementVersionSchema.optional(),
    attachments: z.array(attachmentSchema).optional(),
  })
  .superRefine(checkStatementRules);

const STATEMENT_ONLY_PROPERTIES = new Set<PropertyKey>(['id', 'stored', 'version', 'authority']);

function describeUnknownStatementProperty(
  path: readonly PropertyKey[],
  container: unknown,
): UnknownPropertyDescription | undefined {
  const isSubStatement = isJsonObject(container) && container.objectType === 'SubStatement';
  if (isSubStatement && STATEMENT_ONLY_PROPERTIES.has(path.at(-1) ?? '')) {
    return { code: 'unknown-property', rule: 'is not allowed in a SubStatement' };
  }
  return undefined;
}

/**
 * Parses an untrusted value as an xAPI 1.0.3 statement.
 *
 * @returns the normalised statement (see {@link statementSchema}), or every
 *   issue found, each with a path, a stable code and an English message.
 *
 * @example
 * const result = parseStatement(JSON.parse(body));
 * if (!result.success) {
 *   console.log(result.issues.map((issue) => issue.message).join('\n'));
 * }
 */
export function parseStatement(value: unknown): XapiParseResult<Statement> {
  return parseWithSchema(statementSchema, value, {
    rootLabel: 'statement',
    describeUnknownProperty: describeUnknownStatementProperty,
  });
}
