import type { ProtocolError } from '@fabrique/sdk';
import { type GraphqlTransport, requestGraphql } from '../graphql/graphql-client.js';
import { type GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import {
  recordStatementMutation,
  reportFrameIncidentMutation,
} from '../graphql/operations/launch-operations.js';
import type { FrameGateway } from '../plugin-frame/frame-incident.js';
import { type PupilExit, pupilExitOf } from './pupil-exit.js';

const kebabCode = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Creates the gateway through which a mounted frame reaches the host's
 * GraphQL API. `exit` runs after a statement failed because the pupil's
 * session is gone (`session-expired`, `unauthenticated`) or the plugin was
 * closed to the class (`plugin-not-enabled`, `plugin-not-installed`), once
 * the plugin has its error response. Tests pass their own `transport`.
 */
export function createGraphqlFrameGateway(
  exit: (reason: PupilExit) => void,
  transport?: GraphqlTransport,
): FrameGateway {
  return {
    async recordStatement(launchId, draft) {
      try {
        const { recordStatement } = await requestGraphql(
          recordStatementMutation,
          { launchId, draft },
          transport,
        );
        return { ok: true, statementId: recordStatement.id };
      } catch (error) {
        const requestError = toRequestError(error);
        const reason = pupilExitOf(requestError.code);
        if (reason !== undefined) {
          queueMicrotask(() => exit(reason));
        }
        return { ok: false, error: toProtocolError(requestError) };
      }
    },
    async reportFrameIncident(launchId, kind) {
      try {
        await requestGraphql(reportFrameIncidentMutation, { launchId, kind }, transport);
      } catch (error) {
        // The frame is already gone; the host logs incidents it receives, so
        // the browser console is the only place left to tell.
        console.warn(
          `Frame incident ${kind} of launch ${launchId} was not recorded:`,
          toRequestError(error).code,
        );
      }
    },
  };
}

/** Turns a GraphQL failure into the error a plugin receives; codes that are not kebab-case become `statement-failed`. */
export function toProtocolError(error: GraphqlRequestError): ProtocolError {
  const code = kebabCode.test(error.code) ? error.code : 'statement-failed';
  return error.field === undefined
    ? { code, message: error.message }
    : { code, message: error.message, path: error.field };
}
