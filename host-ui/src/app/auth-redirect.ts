import type { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { browserSessionStorage, recallJoinCode } from '../join/join-code-memory.js';
import { pupilExitPath, pupilHomePath } from '../pupil/pupil-exit.js';
import { navigate } from '../router/navigation.js';
import { loginPath } from '../router/route-paths.js';

/** Who a page is for, which decides where a signed-out person is sent. */
export type Audience = 'adult' | 'pupil';

const signedOutCodes = new Set(['unauthenticated', 'session-expired']);

/** Returns true when the error means the request had no valid sign-in: none at all, or an expired one. */
export function isSignedOutError(error: GraphqlRequestError): boolean {
  return signedOutCodes.has(error.code);
}

/**
 * Handles a signed-out error while a page loads. An adult goes to the login
 * page, which returns here after login and shows a notice when the session
 * expired (an expired or forged cookie). A pupil goes back to the class's cards, or to
 * the code field when this tab has no join code, with an icon notice when
 * the session expired. Returns true when it navigated.
 */
export function redirectIfSignedOut(error: GraphqlRequestError, audience: Audience): boolean {
  if (!isSignedOutError(error)) {
    return false;
  }
  const expired = error.code === 'session-expired';
  if (audience === 'adult') {
    const reason = expired ? 'session-expired' : undefined;
    navigate(loginPath(window.location.pathname, reason), { replace: true });
  } else {
    const joinCode = recallJoinCode(browserSessionStorage());
    const path = expired ? pupilExitPath('session-ended', joinCode) : pupilHomePath(joinCode);
    navigate(path, { replace: true });
  }
  return true;
}
