import type { Agent } from '@fabrique/sdk';
import { z } from 'zod';
import { actorKey } from '../actor-key.js';
import type { DocumentKey, DocumentScope } from './document-store.js';
import {
  activityIdParameter,
  agentParameter,
  documentIdParameter,
  registrationParameter,
  sinceParameter,
} from './parameter-schemas.js';
import { parseQueryParameters } from './query-parameters.js';

/** Every document of a scope, updated after `since` when given. */
export interface DocumentSelection {
  scope: DocumentScope;
  since?: string;
}

/** Target of a GET or DELETE: one document, or every document of a scope. */
export type DocumentTarget =
  | { kind: 'one'; key: DocumentKey }
  | ({ kind: 'many' } & DocumentSelection);

/** The query parameters of one document resource, for each form of request. */
export interface DocumentParameters {
  /** Path of the resource under `/xapi`, for messages. */
  path: string;
  /** The parameter that names one document: `stateId` or `profileId`. */
  idName: 'stateId' | 'profileId';
  /** Parameters that address one document. */
  one: z.ZodType<DocumentKey>;
  /** Parameters of a GET that lists document ids. */
  list: z.ZodType<DocumentSelection>;
  /** Parameters of a DELETE of every document in a scope; absent when DELETE needs the id. */
  deleteAll?: z.ZodType<DocumentSelection>;
}

const stateScope = {
  activityId: activityIdParameter,
  agent: agentParameter,
  registration: registrationParameter.optional(),
};

/** Parameters of `/activities/state`. */
export const stateParameters: DocumentParameters = {
  path: '/activities/state',
  idName: 'stateId',
  one: z.strictObject({ ...stateScope, stateId: documentIdParameter }).transform((query) => ({
    kind: 'state' as const,
    activityId: query.activityId,
    agentKey: actorKey(query.agent),
    registration: query.registration ?? '',
    documentId: query.stateId,
  })),
  list: z
    .strictObject({ ...stateScope, since: sinceParameter.optional() })
    .transform((query) => ({ scope: stateScopeOf(query), ...optionalSince(query.since) })),
  deleteAll: z.strictObject(stateScope).transform((query) => ({ scope: stateScopeOf(query) })),
};

function stateScopeOf(query: {
  activityId: string;
  agent: Agent;
  registration?: string | undefined;
}): DocumentScope {
  return {
    kind: 'state',
    activityId: query.activityId,
    agentKey: actorKey(query.agent),
    ...(query.registration !== undefined ? { registration: query.registration } : {}),
  };
}

/** Parameters of `/activities/profile`. */
export const activityProfileParameters: DocumentParameters = {
  path: '/activities/profile',
  idName: 'profileId',
  one: z
    .strictObject({ activityId: activityIdParameter, profileId: documentIdParameter })
    .transform((query) => ({
      kind: 'activity-profile' as const,
      activityId: query.activityId,
      agentKey: '',
      registration: '',
      documentId: query.profileId,
    })),
  list: z
    .strictObject({ activityId: activityIdParameter, since: sinceParameter.optional() })
    .transform((query) => ({
      scope: {
        kind: 'activity-profile' as const,
        activityId: query.activityId,
        agentKey: '',
        registration: '',
      },
      ...optionalSince(query.since),
    })),
};

/** Parameters of `/agents/profile`. */
export const agentProfileParameters: DocumentParameters = {
  path: '/agents/profile',
  idName: 'profileId',
  one: z
    .strictObject({ agent: agentParameter, profileId: documentIdParameter })
    .transform((query) => ({
      kind: 'agent-profile' as const,
      activityId: '',
      agentKey: actorKey(query.agent),
      registration: '',
      documentId: query.profileId,
    })),
  list: z
    .strictObject({ agent: agentParameter, since: sinceParameter.optional() })
    .transform((query) => ({
      scope: {
        kind: 'agent-profile' as const,
        activityId: '',
        agentKey: actorKey(query.agent),
        registration: '',
      },
      ...optionalSince(query.since),
    })),
};

function optionalSince(since: string | undefined): { since?: string } {
  return since !== undefined ? { since } : {};
}

/**
 * Parses the query of a PUT or POST, which always addresses one document.
 *
 * @throws FabriqueError `invalid-query` (400) naming the parameter and the rule.
 */
export function parseDocumentKey(
  resource: DocumentParameters,
  method: 'PUT' | 'POST',
  query: URLSearchParams,
): DocumentKey {
  return parseQueryParameters(resource.one, query, `${method} ${resource.path}`);
}

/**
 * Parses the query of a GET or DELETE. With the id parameter, it addresses
 * one document. A GET without it lists ids, and a DELETE without it deletes
 * the scope where the resource allows that.
 *
 * @throws FabriqueError `invalid-query` (400) naming the parameter and the rule.
 */
export function parseDocumentTarget(
  resource: DocumentParameters,
  method: 'GET' | 'DELETE',
  query: URLSearchParams,
): DocumentTarget {
  const { path, idName } = resource;
  if (query.has(idName)) {
    const key = parseQueryParameters(resource.one, query, `${method} ${path} with ${idName}`);
    return { kind: 'one', key };
  }
  const withoutId = `${method} ${path} without ${idName}`;
  if (method === 'GET') {
    return { kind: 'many', ...parseQueryParameters(resource.list, query, withoutId) };
  }
  if (resource.deleteAll) {
    return { kind: 'many', ...parseQueryParameters(resource.deleteAll, query, withoutId) };
  }
  return { kind: 'one', key: parseQueryParameters(resource.one, query, `${method} ${path}`) };
}
