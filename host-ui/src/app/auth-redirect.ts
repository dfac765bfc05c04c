import type { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { navigate } from '../router/navigation.js';
import { routePaths } from '../router/route-paths.js';

/** Who a page is for, which decides where a signed-out person is sent. */
export type Audience = 'adult' | 'pupil';

const signedOutCodes = new Set(['unauthenticated', 'session-expired']);

/** Returns true when the error means the request had no valid sign-in: none at all, or an expired one. */
export function isSignedOutError(error: GraphqlRequestError): boolean {
  return signedOutCodes.has(error.code);
}

/**
 * Sends a signed-out adult to the login page (coming back here after) and a
 * signed-out pupil to the join page. Returns true when it navigated.
 */
export function redirectIfSignedOut(error: GraphqlRequestError, audience: Audience): boolean {
  if (!isSignedOutError(error)) {
    return false;
  }
  if (audience === 'adult') {
    const next = encodeURIComponent(window.location.pathname);
    navigate(`${routePaths.login()}?next=${next}`, { replace: true });
  } else {
    navigate(routePaths.join(), { replace: true });
  }
  return true;
}
