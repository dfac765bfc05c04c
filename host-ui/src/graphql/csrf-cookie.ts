/** Cookie set by `login` and `joinClass` whose value goes into every POST's CSRF header. */
export const CSRF_COOKIE = 'fabrique_csrf';

/** Header the host compares with the CSRF cookie. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Reads one cookie from a `document.cookie` string, or returns undefined when it is absent. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator !== -1 && pair.slice(0, separator).trim() === name) {
      const value = pair.slice(separator + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return undefined;
}
