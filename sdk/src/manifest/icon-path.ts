import { z } from 'zod';
import { ENTRY_PATH_MAX_LENGTH } from './entry-path.js';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

const SEGMENT = /^[A-Za-z0-9._-]+$/;
const IMAGE_EXTENSION = /\.(svg|png|webp)$/;

/**
 * Tells whether a string is the path of the plugin's icon inside its package:
 * relative, segments of letters, digits, `.`, `_` and `-`, no `.` or `..`
 * segment, ending in `.svg`, `.png` or `.webp`.
 *
 * @example
 * isIconPath('assets/icon.svg'); // true
 * isIconPath('../icon.svg'); // false
 */
export function isIconPath(value: string): boolean {
  if (value.length > ENTRY_PATH_MAX_LENGTH || !IMAGE_EXTENSION.test(value)) return false;
  return value
    .split('/')
    .every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..');
}

/** Zod schema of an icon path. Reports `invalid-icon-path`. */
export const iconPathSchema = withRule(z.string(), {
  code: 'invalid-icon-path',
  test: isIconPath,
  message: (value) =>
    'must be a relative path to an .svg, .png or .webp file inside the package, such as ' +
    `"assets/icon.svg", with no leading "/" and no "." or ".." segment (got ${describeValue(value)}).`,
}).meta({
  description:
    'Picture shown on the pupil launcher, so that children who cannot read find the activity.',
  pattern: '^(?!.*(?:^|/)\\.{1,2}(?:/|$))[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*\\.(svg|png|webp)$',
  maxLength: ENTRY_PATH_MAX_LENGTH,
});
