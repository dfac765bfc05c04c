import { type Agent, isIri, isTimestamp, isUuid, parseActor, timestampToDate } from '@fabrique/sdk';
import { z } from 'zod';
import { MAX_INDEXED_BYTES } from '../../db/index-key.js';
import { brokenTextRule } from './parameter-text.js';

/** `activityId`: an absolute IRI. */
export const activityIdParameter = z
  .string()
  .refine(isIri, 'must be an absolute IRI with a scheme (RFC 3987)');

/** `registration`: a UUID, lower-cased so that it matches however a client writes it. */
export const registrationParameter = z
  .string()
  .refine(isUuid, 'must be a UUID (8-4-4-4-12 hexadecimal digits)')
  .transform((registration) => registration.toLowerCase());

/**
 * Maximum size of a `stateId` or `profileId`, in UTF-8 bytes. Listings
 * return document ids, so an id is stored as sent rather than as a digest,
 * and it shares a primary key with the activity, agent and registration.
 * Within this bound, that key stays far below the 2704 bytes that a
 * PostgreSQL B-tree entry can contain.
 */
export const MAX_DOCUMENT_ID_BYTES = MAX_INDEXED_BYTES;

/** `stateId` or `profileId`: a non-empty string of at most {@link MAX_DOCUMENT_ID_BYTES}. */
export const documentIdParameter = z
  .string()
  .min(1, 'must not be empty')
  .refine(
    (id) => Buffer.byteLength(id) <= MAX_DOCUMENT_ID_BYTES,
    `must be at most ${MAX_DOCUMENT_ID_BYTES} bytes long in UTF-8`,
  );

// toISOString writes a year outside 0000 to 9999 with a sign and six digits,
// which would not compare in time order with the stored `updated` texts.
const FOUR_DIGIT_YEAR = /^\d{4}-/;

/**
 * `since`: a timestamp, normalised to ISO 8601 in UTC with milliseconds. Its
 * UTC year must lie between 0000 and 9999, so an offset that moves the time
 * out of that range is rejected too.
 */
export const sinceParameter = z
  .string()
  .refine(isTimestamp, 'must be an ISO 8601 timestamp with a time zone')
  .transform((since, context) => {
    const utc = (timestampToDate(since) as Date).toISOString();
    if (FOUR_DIGIT_YEAR.test(utc)) return utc;
    context.addIssue({ code: 'custom', message: 'must fall within the years 0000 to 9999 in UTC' });
    return z.NEVER;
  });

/**
 * `agent`: the JSON of an Agent. xAPI 1.0.3 names an Agent, not a Group, for
 * the state, agent profile and agents resources.
 */
export const agentParameter = z.string().transform((text, context): Agent => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    context.addIssue({ code: 'custom', message: 'must be the JSON of an Agent object' });
    return z.NEVER;
  }
  const parsed = parseActor(value);
  if (!parsed.success) {
    const reason = parsed.issues[0]?.message.replace(/\.$/, '') ?? 'it is not an Agent';
    context.addIssue({ code: 'custom', message: `is not a valid Agent: ${reason}` });
    return z.NEVER;
  }
  if (parsed.data.objectType === 'Group') {
    context.addIssue({ code: 'custom', message: 'must be an Agent, not a Group' });
    return z.NEVER;
  }
  const textIssue = agentTextIssue(parsed.data);
  if (textIssue !== undefined) {
    context.addIssue({ code: 'custom', message: `is not a valid Agent: ${textIssue}` });
    return z.NEVER;
  }
  return parsed.data;
});

/** Returns the first property of an Agent whose text breaks a rule, with that rule. */
function agentTextIssue(agent: Agent): string | undefined {
  const properties: Array<[string, string | undefined]> = [
    ['name', agent.name],
    ['mbox', agent.mbox],
    ['mbox_sha1sum', agent.mbox_sha1sum],
    ['openid', agent.openid],
    ['account.homePage', agent.account?.homePage],
    ['account.name', agent.account?.name],
  ];
  for (const [property, text] of properties) {
    const rule = text !== undefined ? brokenTextRule(text) : undefined;
    if (rule !== undefined) return `${property} ${rule}`;
  }
  return undefined;
}
