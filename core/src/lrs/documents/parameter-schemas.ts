import { type Agent, isIri, isTimestamp, isUuid, parseActor, timestampToDate } from '@fabrique/sdk';
import { z } from 'zod';

/** `activityId`: an absolute IRI. */
export const activityIdParameter = z
  .string()
  .refine(isIri, 'must be an absolute IRI with a scheme (RFC 3987)');

/** `registration`: a UUID, lower-cased so that it matches however a client writes it. */
export const registrationParameter = z
  .string()
  .refine(isUuid, 'must be a UUID (8-4-4-4-12 hexadecimal digits)')
  .transform((registration) => registration.toLowerCase());

/** `stateId` or `profileId`: any non-empty string. */
export const documentIdParameter = z.string().min(1, 'must not be empty');

/** `since`: a timestamp, normalised to ISO 8601 in UTC with milliseconds. */
export const sinceParameter = z
  .string()
  .refine(isTimestamp, 'must be an ISO 8601 timestamp with a time zone')
  .transform((since) => (timestampToDate(since) as Date).toISOString());

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
  return parsed.data;
});
