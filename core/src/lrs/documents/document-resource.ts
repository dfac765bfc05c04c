import { FabriqueError } from '@fabrique/sdk';
import type { Context, Hono } from 'hono';
import type { HostEnv } from '../../http/host-env.js';
import type { LrsScope } from '../lrs-client-store.js';
import { methodNotAllowed } from '../lrs-routes.js';
import { requireScope } from '../protocol/lrs-auth.js';
import { mergeJsonDocuments, readDocumentContent } from './document-content.js';
import {
  checkReadPreconditions,
  checkWritePreconditions,
  hasPrecondition,
  type Preconditions,
  readPreconditions,
  requirePutPrecondition,
} from './document-preconditions.js';
import { DocumentStore, type StoredDocument } from './document-store.js';
import {
  type DocumentParameters,
  parseDocumentKey,
  parseDocumentTarget,
} from './document-target.js';

/** A document resource: its parameters, the scope it needs and its PUT rule. */
export interface DocumentResource {
  parameters: DocumentParameters;
  scope: LrsScope;
  /** Whether a PUT must carry `If-Match` or `If-None-Match`, as profile resources require. */
  putNeedsPrecondition: boolean;
}

type DocumentContext = Context<HostEnv>;

/** Adds GET, HEAD, PUT, POST and DELETE on a document resource, and 405 for other methods. */
export function mountDocumentResource(routes: Hono<HostEnv>, resource: DocumentResource): void {
  const { path } = resource.parameters;
  routes.get(path, (context) => getDocuments(context, resource));
  routes.put(path, (context) => putDocument(context, resource));
  routes.post(path, (context) => postDocument(context, resource));
  routes.delete(path, (context) => deleteDocuments(context, resource));
  routes.all(path, (context) => methodNotAllowed(context, 'GET, HEAD, PUT, POST, DELETE'));
}

async function getDocuments(context: DocumentContext, resource: DocumentResource) {
  requireScope(context.var.lrsClient, resource.scope);
  // Hono runs this handler for HEAD too, with the request method still HEAD.
  const target = parseDocumentTarget(resource.parameters, 'GET', queryOf(context));
  const store = documentStore(context);
  if (target.kind === 'many') {
    return context.json(await store.listIds(target.scope, target.since));
  }
  const document = await store.find(target.key);
  if (!document) {
    throw new FabriqueError(
      'document-not-found',
      404,
      `No document has ${resource.parameters.idName} ${target.key.documentId} for these parameters.`,
      { field: resource.parameters.idName },
    );
  }
  setValidators(context, document);
  const decision = checkReadPreconditions(preconditionsOf(context), document.etag);
  if (decision === 'not-modified') return context.body(null, 304);
  context.header('Content-Type', document.contentType);
  return context.body(new Uint8Array(document.content), 200);
}

async function putDocument(context: DocumentContext, resource: DocumentResource) {
  requireScope(context.var.lrsClient, resource.scope);
  const key = parseDocumentKey(resource.parameters, 'PUT', queryOf(context));
  const preconditions = preconditionsOf(context);
  const sent = await readDocumentContent(context.req.raw);
  const stored = await documentStore(context).change(key, (current) => {
    if (resource.putNeedsPrecondition) {
      requirePutPrecondition(preconditions, current?.etag, resource.parameters.path);
    }
    checkWritePreconditions(preconditions, current?.etag);
    return sent;
  });
  return written(context, stored);
}

async function postDocument(context: DocumentContext, resource: DocumentResource) {
  requireScope(context.var.lrsClient, resource.scope);
  const key = parseDocumentKey(resource.parameters, 'POST', queryOf(context));
  const preconditions = preconditionsOf(context);
  const posted = await readDocumentContent(context.req.raw);
  const stored = await documentStore(context).change(key, (current) => {
    checkWritePreconditions(preconditions, current?.etag);
    return mergeJsonDocuments(current, posted);
  });
  return written(context, stored);
}

async function deleteDocuments(context: DocumentContext, resource: DocumentResource) {
  requireScope(context.var.lrsClient, resource.scope);
  const target = parseDocumentTarget(resource.parameters, 'DELETE', queryOf(context));
  const preconditions = preconditionsOf(context);
  if (target.kind === 'many') {
    rejectBulkPreconditions(preconditions, resource);
    await documentStore(context).deleteScope(target.scope);
    return context.body(null, 204);
  }
  await documentStore(context).change(target.key, (current) => {
    checkWritePreconditions(preconditions, current?.etag);
    return null;
  });
  return context.body(null, 204);
}

function rejectBulkPreconditions(preconditions: Preconditions, resource: DocumentResource): void {
  if (!hasPrecondition(preconditions)) return;
  const { path, idName } = resource.parameters;
  throw new FabriqueError(
    'invalid-precondition',
    400,
    `If-Match and If-None-Match apply to one document, but DELETE ${path} without ${idName} deletes every matching document; send ${idName} or drop the header.`,
    { field: 'If-Match' },
  );
}

function written(context: DocumentContext, stored: StoredDocument | undefined): Response {
  if (stored) setValidators(context, stored);
  return context.body(null, 204);
}

/** Sets `ETag` and `Last-Modified`, which clients send back in preconditions. */
function setValidators(context: DocumentContext, document: StoredDocument): void {
  context.header('ETag', document.etag);
  context.header('Last-Modified', new Date(document.updated).toUTCString());
}

function preconditionsOf(context: DocumentContext): Preconditions {
  return readPreconditions((name) => context.req.header(name));
}

function queryOf(context: DocumentContext): URLSearchParams {
  return new URL(context.req.url).searchParams;
}

function documentStore(context: DocumentContext): DocumentStore {
  const { db, dialect } = context.var.services;
  return new DocumentStore(db, dialect);
}
