import type { ProtocolError } from '@fabrique/sdk';
import { isSignedOutError } from '../app/auth-redirect.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { type GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import {
  recordStatementMutation,
  reportFrameIncidentMutation,
} from '../graphql/operations/launch-operations.js';
import type { FrameGateway } from '../plugin-frame/frame-incident.js';

const kebabCode = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Creates the gateway through which a mounted frame reaches the host's
 * GraphQL API. `signedOut` runs after a statement failed because the pupil's
 * session is gone, once the plugin has its error response.
 */
export function createGraphqlFrameGateway(signedOut: () => void): FrameGateway {
  return {
    async recordStatement(launchId, draft) {
      try {
        const { recordStatement } = await requestGraphql(recordStatementMutation, {
          launchId,
          draft,
        });
        return { ok: true, statementId: recordStatement.id };
      } catch (error) {
        const requestError = toRequestError(error);
        if (isSignedOutError(requestError)) {
          queueMicrotask(signedOut);
        }
        return { ok: false, error: toProtocolError(requestError) };
      }
    },
    async reportFrameIncident(launchId, kind) {
      try {
        await requestGraphql(reportFrameIncidentMutation, { launchId, kind });
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
