/** A page of the host UI with the parameters read from its path. */
export type Route =
  | { readonly name: 'landing' }
  | { readonly name: 'login' }
  | { readonly name: 'console' }
  | { readonly name: 'accounts' }
  | { readonly name: 'class'; readonly classId: string }
  | { readonly name: 'dashboard'; readonly classId: string; readonly pluginId: string }
  | { readonly name: 'join' }
  | { readonly name: 'join-cards'; readonly code: string }
  | { readonly name: 'launcher' }
  | { readonly name: 'activity'; readonly pluginId: string }
  | { readonly name: 'not-found'; readonly path: string };

/**
 * Returns true for the pages meant for pupils, which use the touch layout
 * and have no language switch.
 */
export function isPupilRoute(route: Route): boolean {
  return ['join', 'join-cards', 'launcher', 'activity'].includes(route.name);
}

type ParamReader = (name: string) => string;

interface RoutePattern {
  /** Path segments; a segment starting with `:` captures one parameter. */
  readonly segments: readonly string[];
  readonly build: (param: ParamReader) => Route;
}

const routePatterns: readonly RoutePattern[] = [
  { segments: [], build: () => ({ name: 'landing' }) },
  { segments: ['connexion'], build: () => ({ name: 'login' }) },
  { segments: ['console'], build: () => ({ name: 'console' }) },
  { segments: ['console', 'comptes'], build: () => ({ name: 'accounts' }) },
  {
    segments: ['console', 'classes', ':classId'],
    build: (param) => ({ name: 'class', classId: param('classId') }),
  },
  {
    segments: ['console', 'classes', ':classId', 'dashboard', ':pluginId'],
    build: (param) => ({
      name: 'dashboard',
      classId: param('classId'),
      pluginId: param('pluginId'),
    }),
  },
  { segments: ['rejoindre'], build: () => ({ name: 'join' }) },
  {
    segments: ['rejoindre', ':code'],
    build: (param) => ({ name: 'join-cards', code: param('code') }),
  },
  { segments: ['eleve'], build: () => ({ name: 'launcher' }) },
  {
    segments: ['eleve', 'activite', ':pluginId'],
    build: (param) => ({ name: 'activity', pluginId: param('pluginId') }),
  },
];

/**
 * Matches a URL path to a route. One trailing slash is ignored; a segment
 * that is empty or not valid percent-encoding gives `not-found`.
 */
export function matchRoute(pathname: string): Route {
  const segments = splitPath(pathname);
  if (segments !== undefined) {
    for (const pattern of routePatterns) {
      const params = matchSegments(pattern.segments, segments);
      if (params !== undefined) {
        return pattern.build((name) => readParam(params, name));
      }
    }
  }
  return { name: 'not-found', path: pathname };
}

function splitPath(pathname: string): string[] | undefined {
  const trimmed = pathname.replace(/^\//, '').replace(/\/$/, '');
  if (trimmed === '') {
    return [];
  }
  try {
    const segments = trimmed.split('/').map((segment) => decodeURIComponent(segment));
    return segments.includes('') ? undefined : segments;
  } catch {
    return undefined;
  }
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): Map<string, string> | undefined {
  if (pattern.length !== segments.length) {
    return undefined;
  }
  const params = new Map<string, string>();
  for (const [index, expected] of pattern.entries()) {
    const actual = segments[index]!;
    if (expected.startsWith(':')) {
      params.set(expected.slice(1), actual);
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

function readParam(params: Map<string, string>, name: string): string {
  const value = params.get(name);
  if (value === undefined) {
    throw new Error(`Route pattern has no parameter ${name}.`);
  }
  return value;
}
