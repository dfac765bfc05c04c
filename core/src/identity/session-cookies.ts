import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SessionCookies } from '../graphql/graphql-context.js';
import type { IssuedSession } from './session-store.js';

/** HttpOnly cookie with the session token. */
export const SESSION_COOKIE = 'fabrique_session';
/** Readable cookie with the CSRF token the UI echoes in `X-CSRF-Token`. */
export const CSRF_COOKIE = 'fabrique_csrf';

/** Reads the session token of a request. */
export function readSessionToken(context: Context): string | undefined {
  return getCookie(context, SESSION_COOKIE);
}

/** Sets and clears the session cookies on a Hono response; `Secure` when the host is served over HTTPS. */
export function sessionCookies(context: Context, secure: boolean): SessionCookies {
  const base = { path: '/', sameSite: 'Lax' as const, secure };
  return {
    issue(session: IssuedSession) {
      const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
      // The cookies outlive the idle deadline a little: the database decides expiry.
      setCookie(context, SESSION_COOKIE, session.token, {
        ...base,
        httpOnly: true,
        maxAge: maxAge + 7 * 24 * 3600,
      });
      setCookie(context, CSRF_COOKIE, session.csrfToken, {
        ...base,
        httpOnly: false,
        maxAge: maxAge + 7 * 24 * 3600,
      });
    },
    clear() {
      deleteCookie(context, SESSION_COOKIE, base);
      deleteCookie(context, CSRF_COOKIE, base);
    },
  };
}
