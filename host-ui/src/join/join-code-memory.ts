import { isWellFormedJoinCode, normalizeJoinCode } from './join-code.js';

/**
 * sessionStorage key of the join code of the last class whose cards this tab
 * showed. It lets "change pupil" and an ended session go back to the class's
 * cards on a shared tablet, without an adult typing the code again.
 */
export const JOIN_CODE_STORAGE_KEY = 'fabrique.join-code';

/** Stores a join code; a storage that rejects writes (private browsing) is ignored. */
export function rememberJoinCode(
  storage: Pick<Storage, 'setItem'> | undefined,
  code: string,
): void {
  try {
    storage?.setItem(JOIN_CODE_STORAGE_KEY, normalizeJoinCode(code));
  } catch {
    // Without storage, the pupil pages go back to the code field instead.
  }
}

/** Returns the stored join code when it is well formed, else undefined. */
export function recallJoinCode(storage: Pick<Storage, 'getItem'> | undefined): string | undefined {
  try {
    const stored = storage?.getItem(JOIN_CODE_STORAGE_KEY);
    return typeof stored === 'string' && isWellFormedJoinCode(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the tab's sessionStorage, or undefined where the browser blocks it. */
export function browserSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
