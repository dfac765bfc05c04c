import { routePaths } from '../router/route-paths.js';

/**
 * Reason a pupil was taken away from the page they were on: their session ended
 * (it expired, or the teacher removed them), or their activity was closed
 * (the teacher disabled it for the class, or it was uninstalled).
 */
export type PupilExit = 'session-ended' | 'activity-closed';

const PUPIL_EXITS: readonly PupilExit[] = ['session-ended', 'activity-closed'];

/** Query parameter that carries the exit to the page the pupil lands on, which shows an icon for it. */
export const PUPIL_EXIT_PARAM = 'notice';

const exitByCode: Readonly<Record<string, PupilExit>> = {
  unauthenticated: 'session-ended',
  'session-expired': 'session-ended',
  'plugin-not-enabled': 'activity-closed',
  'plugin-not-installed': 'activity-closed',
};

/** Returns the exit that an error code means for a pupil, or undefined when the pupil can stay. */
export function pupilExitOf(code: string): PupilExit | undefined {
  return Object.hasOwn(exitByCode, code) ? exitByCode[code] : undefined;
}

/** Returns the page a pupil starts from: the class's cards when the join code is known, else the code field. */
export function pupilHomePath(joinCode: string | undefined): string {
  return joinCode === undefined ? routePaths.join() : routePaths.joinCards(joinCode);
}

/**
 * Returns where a pupil goes after an exit, with the exit in the query: back
 * to the cards (or the code field) after a session ended, back to the
 * launcher after an activity was closed.
 */
export function pupilExitPath(exit: PupilExit, joinCode: string | undefined): string {
  const path = exit === 'session-ended' ? pupilHomePath(joinCode) : routePaths.launcher();
  return `${path}?${new URLSearchParams({ [PUPIL_EXIT_PARAM]: exit })}`;
}

/** Reads the exit from a URL query such as `location.search`, or undefined when it has none. */
export function readPupilExit(search: string): PupilExit | undefined {
  const value = new URLSearchParams(search).get(PUPIL_EXIT_PARAM);
  return PUPIL_EXITS.find((exit) => exit === value);
}
