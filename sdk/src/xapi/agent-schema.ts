import { z } from 'zod';
import { identifierShape, presentIdentifiers } from './inverse-functional-identifier.js';
import type { Actor, Agent, Group } from './statement-types.js';
import { addCrossPropertyIssue, type XapiParseResult } from './xapi-issue.js';
import { parseWithSchema } from './xapi-parse.js';

const IDENTIFIER_LIST = 'mbox, mbox_sha1sum, openid or account';

const agentShape = {
  name: z.string().optional(),
  ...identifierShape,
};

function checkAgentIdentifier(agent: Readonly<Record<string, unknown>>, context: z.RefinementCtx) {
  const identifiers = presentIdentifiers(agent);
  if (identifiers.length !== 1) {
    addCrossPropertyIssue(context, {
      code: 'ifi-count',
      path: [],
      input: agent,
      rule: `must have exactly one inverse functional identifier (${IDENTIFIER_LIST}), found ${describeFound(identifiers)}`,
    });
  }
}

function describeFound(identifiers: readonly string[]): string {
  return identifiers.length === 0 ? 'none' : identifiers.join(', ');
}

/**
 * Schema of an Agent where `objectType` is optional: an actor, an instructor,
 * a Group member or an authority. The agent has exactly one inverse
 * functional identifier, which its type encodes.
 */
export const agentSchema = z
  .strictObject({ objectType: z.literal('Agent').optional(), ...agentShape })
  .superRefine(checkAgentIdentifier)
  // The refinement guarantees the single identifier that the Agent type encodes.
  .transform((agent) => agent as Agent);

/** Schema of an Agent as the object of a statement, where `objectType` is required. */
export const agentObjectSchema = z
  .strictObject({ objectType: z.literal('Agent'), ...agentShape })
  .superRefine(checkAgentIdentifier)
  .transform((agent) => agent as Agent & { objectType: 'Agent' });

function checkGroup(group: Readonly<Record<string, unknown>>, context: z.RefinementCtx) {
  const identifiers = presentIdentifiers(group);
  if (identifiers.length > 1) {
    addCrossPropertyIssue(context, {
      code: 'ifi-count',
      path: [],
      input: group,
      rule: `must have at most one inverse functional identifier (${IDENTIFIER_LIST}), found ${describeFound(identifiers)}`,
    });
  }
  if (identifiers.length === 0) {
    checkAnonymousGroupMembers(group.member, context);
  }
}

function checkAnonymousGroupMembers(member: unknown, context: z.RefinementCtx) {
  if (member === undefined) {
    addCrossPropertyIssue(context, {
      code: 'missing-property',
      path: ['member'],
      input: undefined,
      rule: `is required in an anonymous Group, which has no ${IDENTIFIER_LIST}`,
    });
  } else if (Array.isArray(member) && member.length === 0) {
    addCrossPropertyIssue(context, {
      code: 'invalid-group',
      path: ['member'],
      input: member,
      rule: 'must list at least one Agent in an anonymous Group',
    });
  }
}

/**
 * Schema of a Group: identified by exactly one inverse functional identifier,
 * or anonymous with a non-empty `member` list. Members are Agents only.
 */
export const groupSchema = z
  .strictObject({
    objectType: z.literal('Group'),
    name: z.string().optional(),
    member: z.array(agentSchema).optional(),
    ...identifierShape,
  })
  .superRefine(checkGroup)
  // The refinement guarantees the identified or anonymous shape that the Group type encodes.
  .transform((group) => group as Group);

/** Schema of an actor: an Agent (the default when `objectType` is absent) or a Group. */
export const actorSchema = z.discriminatedUnion('objectType', [agentSchema, groupSchema]);

/**
 * Parses an Agent or Group sent outside a statement, such as the `agent`
 * parameter of an LRS request.
 *
 * @returns the actor, or the issues found with their paths and stable codes.
 */
export function parseActor(value: unknown): XapiParseResult<Actor> {
  return parseWithSchema(actorSchema as z.ZodType<Actor>, value, { rootLabel: 'agent' });
}
