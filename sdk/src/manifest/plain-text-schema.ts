import { z } from 'zod';
import { withRule } from './manifest-rule.js';

/**
 * Zod schema of a single-language text, such as a person's name or a report title: at
 * least one character other than white space and at most `maxLength` code points. Reports
 * `empty-text` and `text-too-long`.
 */
export function plainTextSchema(maxLength: number) {
  return withRule(z.string().max(maxLength), {
    code: 'empty-text',
    test: (value) => value.trim() !== '',
    message: () => 'must not be empty or only white space. Write the text.',
  }).meta({ minLength: 1, pattern: '\\S' });
}
