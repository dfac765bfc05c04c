import { z } from 'zod';
import { agentSchema, groupSchema } from './agent-schema.js';
import { presentIdentifiers } from './inverse-functional-identifier.js';
import type { Group } from './statement-types.js';
import { addCrossPropertyIssue } from './xapi-issue.js';

const OAUTH_GROUP_RULE =
  'must be an Agent, or for 3-legged OAuth an anonymous Group of exactly two Agents, one of them identified by account';

function checkOAuthGroup(group: Group, context: z.RefinementCtx) {
  const members = group.member ?? [];
  const isAnonymous = presentIdentifiers(group).length === 0;
  const hasConsumerAccount = members.some((member) => 'account' in member);
  if (!isAnonymous || members.length !== 2 || !hasConsumerAccount) {
    addCrossPropertyIssue(context, {
      code: 'invalid-authority',
      path: [],
      input: group,
      rule: OAUTH_GROUP_RULE,
    });
  }
}

/**
 * Schema of a statement's `authority`: an Agent, or the anonymous Group of an
 * OAuth consumer (identified by account) and a user, as xAPI 1.0.3 section
 * 2.4.9 requires.
 */
export const authoritySchema = z.discriminatedUnion('objectType', [
  agentSchema,
  groupSchema.superRefine(checkOAuthGroup),
]);
