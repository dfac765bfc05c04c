import { describe, expect, test } from 'vitest';
import {
  isClientPath,
  loginPath,
  readLoginReason,
  routePaths,
  safeNextPath,
} from './route-paths.js';
import { isPupilRoute, matchRoute, type Route } from './route-table.js';

describe('matchRoute', () => {
  test.each<[string, Route]>([
    ['/', { name: 'landing' }],
    ['', { name: 'landing' }],
    ['/connexion', { name: 'login' }],
    ['/connexion/', { name: 'login' }],
    ['/console', { name: 'console' }],
    ['/console/comptes', { name: 'accounts' }],
    ['/console/comptes/', { name: 'accounts' }],
    ['/console/classes/c-42', { name: 'class', classId: 'c-42' }],
    [
      '/console/classes/c-42/dashboard/fr.fabrique.fundamentals',
      { name: 'dashboard', classId: 'c-42', pluginId: 'fr.fabrique.fundamentals' },
    ],
    ['/rejoindre', { name: 'join' }],
    ['/rejoindre/K7M2QP', { name: 'join-cards', code: 'K7M2QP' }],
    ['/rejoindre/K7M%202QP', { name: 'join-cards', code: 'K7M 2QP' }],
    ['/eleve', { name: 'launcher' }],
    [
      '/eleve/activite/fr.fabrique.well-being',
      { name: 'activity', pluginId: 'fr.fabrique.well-being' },
    ],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  test.each([
    '/unknown',
    '/console/classes',
    '/console/comptes/extra',
    '/console/classes/c-42/dashboard',
    '/console//classes',
    '/console/classes/%E0%A4%A',
    '/eleve/activite/a/b',
    '/CONSOLE',
  ])('not found %s', (path) => {
    expect(matchRoute(path)).toEqual({ name: 'not-found', path });
  });

  test('decodes encoded slash inside a parameter', () => {
    expect(matchRoute('/console/classes/a%2Fb')).toEqual({ name: 'class', classId: 'a/b' });
  });
});

describe('routePaths', () => {
  test.each([
    [routePaths.accounts(), { name: 'accounts' }],
    [routePaths.schoolClass('a/b'), { name: 'class', classId: 'a/b' }],
    [
      routePaths.dashboard('c 1', 'fr.x.y'),
      { name: 'dashboard', classId: 'c 1', pluginId: 'fr.x.y' },
    ],
    [routePaths.activity('fr.x.y'), { name: 'activity', pluginId: 'fr.x.y' }],
    [routePaths.joinCards('K7M2QP'), { name: 'join-cards', code: 'K7M2QP' }],
  ])('%s round trip', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });
});

test.each([
  ['/console', true],
  ['/eleve/activite/x', true],
  ['/graphql', false],
  ['/assets/app.js', false],
  ['/xapi/statements', false],
  ['/healthz', false],
  ['/graphqlish', true],
])('isClientPath %s', (path, expected) => {
  expect(isClientPath(path)).toBe(expected);
});

test.each([
  [null, '/console'],
  ['/console/classes/c1', '/console/classes/c1'],
  ['/console/comptes', '/console/comptes'],
  ['/console', '/console'],
  ['//evil.example/console', '/console'],
  ['https://evil.example/console', '/console'],
  ['/consoleevil', '/console'],
  ['/console/\\evil', '/console'],
  ['/eleve', '/console'],
  ['/console/../xapi/about', '/console'],
  ['/console/..//evil.example/x', '/console'],
  ['/console/%2e%2e/xapi', '/console'],
  ['/console/classes/c1?tab=pupils', '/console/classes/c1?tab=pupils'],
])('safeNextPath %s', (next, expected) => {
  expect(safeNextPath(next)).toBe(expected);
});

test.each([
  ['/console/classes/c1', undefined, '/connexion?next=%2Fconsole%2Fclasses%2Fc1'],
  ['/console', 'session-expired', '/connexion?next=%2Fconsole&reason=session-expired'],
] as const)('loginPath %s %s', (next, reason, expected) => {
  const path = loginPath(next, reason);
  expect(path).toBe(expected);
  const url = new URL(path, 'http://127.0.0.1');
  expect(matchRoute(url.pathname)).toEqual({ name: 'login' });
  expect(safeNextPath(url.searchParams.get('next'))).toBe(next);
  expect(readLoginReason(url.search)).toBe(reason);
});

test.each([
  ['', undefined],
  ['?reason=session-expired', 'session-expired'],
  ['?next=%2Fconsole&reason=session-expired', 'session-expired'],
  ['?reason=other', undefined],
])('readLoginReason %j', (search, expected) => {
  expect(readLoginReason(search)).toBe(expected);
});

test.each([
  ['/', false],
  ['/connexion', false],
  ['/console', false],
  ['/console/comptes', false],
  ['/console/classes/c1', false],
  ['/console/classes/c1/dashboard/fr.x.y', false],
  ['/rejoindre', true],
  ['/rejoindre/K7M2QP', true],
  ['/eleve', true],
  ['/eleve/activite/fr.x.y', true],
  ['/nowhere', false],
])('isPupilRoute %s', (path, expected) => {
  expect(isPupilRoute(matchRoute(path))).toBe(expected);
});
