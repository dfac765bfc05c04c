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

/**
 * Returns `next` when it is a console path to go back to after logging in, or
 * the console itself. Only same-origin console paths are followed, so a link
 * cannot send a teacher elsewhere after login.
 */
export function safeNextPath(next: string | null): string {
  if (next === null || !/^\/console(\/|$)/.test(next) || next.includes('\\')) {
    return routePaths.console();
  }
  return next;
}
