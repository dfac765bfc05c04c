/** Builders of the host UI's paths, with every parameter percent-encoded. */
export const routePaths = {
  landing: (): string => '/',
  login: (): string => '/connexion',
  console: (): string => '/console',
  accounts: (): string => '/console/comptes',
  schoolClass: (classId: string): string => `/console/classes/${encodeURIComponent(classId)}`,
  dashboard: (classId: string, pluginId: string): string =>
    `/console/classes/${encodeURIComponent(classId)}/dashboard/${encodeURIComponent(pluginId)}`,
  join: (): string => '/rejoindre',
  joinCards: (code: string): string => `/rejoindre/${encodeURIComponent(code)}`,
  launcher: (): string => '/eleve',
  activity: (pluginId: string): string => `/eleve/activite/${encodeURIComponent(pluginId)}`,
} as const;

// Paths the host server handles itself. Links to them are real page loads.
const serverPathPrefixes = ['/graphql', '/xapi', '/healthz', '/assets', '/registry', '/h5p'];

/** Returns true when the UI router handles `pathname`, false for the server's own paths. */
export function isClientPath(pathname: string): boolean {
  return !serverPathPrefixes.some(
    (prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

/** Reason an adult was sent to the login page, shown there as a notice. */
export type LoginReason = 'session-expired';

/**
 * Returns the login path that comes back to `next` after login, with the
 * reason in the query when there is one:
 * `/connexion?next=%2Fconsole&reason=session-expired`.
 */
export function loginPath(next: string, reason?: LoginReason): string {
  const query = new URLSearchParams({ next });
  if (reason !== undefined) {
    query.set('reason', reason);
  }
  return `${routePaths.login()}?${query}`;
}

/** Reads the reason from the login page's query, or undefined when it has none or an unknown one. */
export function readLoginReason(search: string): LoginReason | undefined {
  return new URLSearchParams(search).get('reason') === 'session-expired'
    ? 'session-expired'
    : undefined;
}

/**
 * Returns `next` when it is a console path to go back to after logging in, or
 * the console itself. Only same-origin console paths are followed, so a link
 * cannot send a teacher elsewhere after login.
 */
export function safeNextPath(next: string | null): string {
  if (next === null || next.includes('\\')) return routePaths.console();
  // Resolve dot segments and duplicate slashes the way the browser will, then
  // check the result: `/console/../xapi` or `/console/..//evil.example` fail.
  const base = 'http://host.invalid';
  let resolved: URL;
  try {
    resolved = new URL(next, base);
  } catch {
    return routePaths.console();
  }
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  const sameOrigin = resolved.origin === base;
  if (!sameOrigin || path !== next || !/^\/console(\/|$)/.test(resolved.pathname)) {
    return routePaths.console();
  }
  return path;
}
