import { z } from 'zod';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/** Maximum length of an entry script path, in characters. */
export const ENTRY_PATH_MAX_LENGTH = 256;

const SEGMENT = /^[A-Za-z0-9._-]+$/;

/**
 * Tells whether a string is the path of an entry script inside the plugin package: relative,
 * with `/` between segments of letters, digits, `.`, `_` and `-`, no `.` or `..` segment, no
 * empty segment, and ending in `.js`. The host serves entries from the package's own files
 * only, so any path that could leave the package is rejected.
 *
 * @example
 * isEntryScriptPath('dist/pupil.js'); // true
 * isEntryScriptPath('../pupil.js'); // false
 */
export function isEntryScriptPath(value: string): boolean {
  if (value.length > ENTRY_PATH_MAX_LENGTH || !value.endsWith('.js')) return false;
  return value
    .split('/')
    .every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..');
}

/** Zod schema of an entry script path. Reports `invalid-entry-path`. */
export const entryScriptPathSchema = withRule(z.string(), {
  code: 'invalid-entry-path',
  test: isEntryScriptPath,
  message: (value) =>
    'must be a relative path to a .js file inside the package, such as "dist/pupil.js", ' +
    `with no leading "/", no "." or ".." segment and no backslash (got ${describeValue(value)}).`,
}).meta({
  pattern: '^(?!.*(?:^|/)\\.{1,2}(?:/|$))[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*\\.js$',
  maxLength: ENTRY_PATH_MAX_LENGTH,
});
