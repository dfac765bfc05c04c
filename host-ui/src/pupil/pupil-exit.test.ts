import { expect, test } from 'vitest';
import { matchRoute } from '../router/route-table.js';
import { pupilExitOf, pupilExitPath, pupilHomePath, readPupilExit } from './pupil-exit.js';

test.each([
  ['unauthenticated', 'session-ended'],
  ['session-expired', 'session-ended'],
  ['plugin-not-enabled', 'activity-closed'],
  ['plugin-not-installed', 'activity-closed'],
  ['rate-limited', undefined],
  ['undeclared-verb', undefined],
  ['toString', undefined],
])('pupilExitOf %s', (code, expected) => {
  expect(pupilExitOf(code)).toBe(expected);
});

test.each([
  ['K7M2QP', '/rejoindre/K7M2QP'],
  [undefined, '/rejoindre'],
])('pupilHomePath %s', (code, expected) => {
  expect(pupilHomePath(code)).toBe(expected);
});

test.each([
  ['session-ended', 'K7M2QP', '/rejoindre/K7M2QP?notice=session-ended'],
  ['session-ended', undefined, '/rejoindre?notice=session-ended'],
  ['activity-closed', 'K7M2QP', '/eleve?notice=activity-closed'],
] as const)('pupilExitPath %s with %s', (exit, code, expected) => {
  const path = pupilExitPath(exit, code);
  expect(path).toBe(expected);
  const url = new URL(path, 'http://127.0.0.1');
  expect(matchRoute(url.pathname).name).not.toBe('not-found');
  expect(readPupilExit(url.search)).toBe(exit);
});

test.each([
  ['', undefined],
  ['?notice=session-ended', 'session-ended'],
  ['?notice=activity-closed', 'activity-closed'],
  ['?notice=other', undefined],
  ['?next=/console', undefined],
])('readPupilExit %j', (search, expected) => {
  expect(readPupilExit(search)).toBe(expected);
});
