import {
  type Actor,
  FabriqueError,
  isIri,
  isTimestamp,
  isUuid,
  parseActor,
  timestampToDate,
} from '@fabrique/sdk';
import { z } from 'zod';
import { actorKey } from '../actor-key.js';
import { containsNulCharacter } from '../nul-character.js';
import type { StatementKey } from './statement-keys.js';

/** Shape of returned statements: as stored, reduced to identifiers, or in one language. */
export type StatementFormat = 'exact' | 'ids' | 'canonical';

/** A request for one statement by id. */
export interface SingleStatementQuery {
  kind: 'single';
  id: string;
  voided: boolean;
  format: StatementFormat;
  attachments: boolean;
}

/** The filters of a statements query, as a `more` token carries them. */
export interface StatementFilters {
  /** Keys that every returned statement (or its StatementRef target) carries. */
  keys: StatementKey[];
  /** Exclusive lower bound on `stored`, normalised ISO 8601. */
  since?: string;
  /** Inclusive upper bound on `stored`, normalised ISO 8601. */
  until?: string;
  /** Page size, 1 to the server maximum. */
  limit: number;
  ascending: boolean;
  format: StatementFormat;
  attachments: boolean;
}

/** A statements query: filters, and where the previous page ended when following `more`. */
export interface FilteredStatementQuery extends StatementFilters {
  kind: 'filter';
  cursor?: { last: number; snapshot: number };
}

export type StatementQuery = SingleStatementQuery | FilteredStatementQuery;

/** Largest page of statements, also used for `limit=0` and for a query without `limit`. */
export const MAX_STATEMENT_PAGE = 500;

const SINGLE_PARAMETERS = new Set(['statementId', 'voidedStatementId', 'format', 'attachments']);
const FILTER_PARAMETERS = new Set([
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'format',
  'attachments',
  'ascending',
]);

/**
 * Parses the query string of `GET /xapi/statements`.
 *
 * @throws FabriqueError `invalid-query` (400) naming the parameter and the
 *   rule, for an unknown, repeated or malformed parameter or a forbidden
 *   combination.
 */
export function parseStatementQuery(parameters: URLSearchParams): StatementQuery {
  const values = new Map<string, string>();
  for (const [name, value] of parameters) {
    if (values.has(name)) invalid(name, 'may appear only once');
    if (value.includes('\u0000')) invalid(name, 'must not contain the NUL character (U+0000)');
    values.set(name, value);
  }
  if (values.has('more')) {
    if (values.size > 1) invalid('more', 'must be the only parameter');
    return decodeMoreToken(values.get('more') as string);
  }
  if (values.has('statementId') || values.has('voidedStatementId')) {
    return parseSingleQuery(values);
  }
  for (const name of values.keys()) {
    if (!FILTER_PARAMETERS.has(name))
      invalid(name, 'is not a parameter of the statements resource');
  }
  return { kind: 'filter', ...parseFilters(values) };
}

function parseSingleQuery(values: Map<string, string>): SingleStatementQuery {
  for (const name of values.keys()) {
    if (!SINGLE_PARAMETERS.has(name)) {
      invalid(name, 'cannot be combined with statementId or voidedStatementId');
    }
  }
  const statementId = values.get('statementId');
  const voidedStatementId = values.get('voidedStatementId');
  if (statementId !== undefined && voidedStatementId !== undefined) {
    invalid('voidedStatementId', 'cannot be combined with statementId');
  }
  const id = (statementId ?? voidedStatementId) as string;
  const name = statementId !== undefined ? 'statementId' : 'voidedStatementId';
  if (!isUuid(id)) invalid(name, 'must be a UUID');
  return {
    kind: 'single',
    id: id.toLowerCase(),
    voided: voidedStatementId !== undefined,
    format: parseFormat(values.get('format')),
    attachments: parseBoolean(values, 'attachments'),
  };
}

function parseFilters(values: Map<string, string>): StatementFilters {
  const keys: StatementKey[] = [];
  const relatedAgents = parseBoolean(values, 'related_agents');
  const relatedActivities = parseBoolean(values, 'related_activities');
  const agent = values.get('agent');
  if (agent !== undefined) {
    keys.push({ kind: relatedAgents ? 'related-agent' : 'agent', value: parseAgent(agent) });
  }
  const verb = values.get('verb');
  if (verb !== undefined) {
    if (!isIri(verb)) invalid('verb', 'must be an IRI');
    keys.push({ kind: 'verb', value: verb });
  }
  const activity = values.get('activity');
  if (activity !== undefined) {
    if (!isIri(activity)) invalid('activity', 'must be an IRI');
    keys.push({ kind: relatedActivities ? 'related-activity' : 'activity', value: activity });
  }
  const registration = values.get('registration');
  if (registration !== undefined) {
    if (!isUuid(registration)) invalid('registration', 'must be a UUID');
    keys.push({ kind: 'registration', value: registration.toLowerCase() });
  }
  return {
    keys,
    ...optionalTime(values, 'since'),
    ...optionalTime(values, 'until'),
    limit: parseLimit(values.get('limit')),
    ascending: parseBoolean(values, 'ascending'),
    format: parseFormat(values.get('format')),
    attachments: parseBoolean(values, 'attachments'),
  };
}

function parseAgent(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    invalid('agent', 'must be a JSON Agent or Group object');
  }
  if (containsNulCharacter(value)) invalid('agent', 'must not contain the NUL character (U+0000)');
  const parsed = parseActor(value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    invalid('agent', issue ? issue.message : 'must be an Agent or Group');
  }
  const actor: Actor = parsed.data;
  if (!(actor.mbox || actor.mbox_sha1sum || actor.openid || actor.account)) {
    invalid('agent', 'must have an identifier (mbox, mbox_sha1sum, openid or account)');
  }
  return actorKey(actor);
}

function optionalTime(values: Map<string, string>, name: 'since' | 'until') {
  // A "+" offset left unencoded in the URL arrives as a space.
  const text = values.get(name)?.replace(' ', '+');
  if (text === undefined) return {};
  if (!isTimestamp(text)) invalid(name, 'must be an ISO 8601 timestamp with a time zone');
  const date = timestampToDate(text) as Date;
  // Stored times compare as text, which holds only for years 0000 to 9999 in UTC.
  if (date.getUTCFullYear() > 9999) invalid(name, 'must fall before the year 10000 in UTC');
  return { [name]: date.toISOString() };
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return MAX_STATEMENT_PAGE;
  if (!/^\d{1,9}$/.test(text)) invalid('limit', 'must be a non-negative integer');
  const limit = Number(text);
  return limit === 0 || limit > MAX_STATEMENT_PAGE ? MAX_STATEMENT_PAGE : limit;
}

function parseFormat(text: string | undefined): StatementFormat {
  if (text === undefined) return 'exact';
  if (text === 'exact' || text === 'ids' || text === 'canonical') return text;
  invalid('format', 'must be exact, ids or canonical');
}

function parseBoolean(values: Map<string, string>, name: string): boolean {
  const text = values.get(name);
  if (text === undefined || text === 'false') return false;
  if (text === 'true') return true;
  invalid(name, 'must be true or false');
}

const moreTokenSchema = z.strictObject({
  keys: z.array(
    z.strictObject({
      kind: z.enum([
        'verb',
        'agent',
        'related-agent',
        'activity',
        'related-activity',
        'registration',
      ]),
      value: z.string().refine((value) => !value.includes('\u0000')),
    }),
  ),
  since: z.iso.datetime().optional(),
  until: z.iso.datetime().optional(),
  limit: z.number().int().min(1).max(MAX_STATEMENT_PAGE),
  ascending: z.boolean(),
  format: z.enum(['exact', 'ids', 'canonical']),
  attachments: z.boolean(),
  last: z.number().int().nonnegative(),
  snapshot: z.number().int().nonnegative(),
});

/** Encodes the query of the next page into the opaque `more` token. */
export function encodeMoreToken(
  filters: StatementFilters,
  cursor: { last: number; snapshot: number },
): string {
  const { keys, since, until, limit, ascending, format, attachments } = filters;
  const token = { keys, since, until, limit, ascending, format, attachments, ...cursor };
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeMoreToken(token: string): FilteredStatementQuery {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    invalid('more', 'is not a token this LRS issued');
  }
  const parsed = moreTokenSchema.safeParse(value);
  if (!parsed.success) invalid('more', 'is not a token this LRS issued');
  const { last, snapshot, since, until, ...filters } = parsed.data;
  return {
    kind: 'filter',
    ...filters,
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    cursor: { last, snapshot },
  };
}

function invalid(parameter: string, rule: string): never {
  throw new FabriqueError('invalid-query', 400, `Query parameter ${parameter} ${rule}.`, {
    field: parameter,
    rule,
  });
}
