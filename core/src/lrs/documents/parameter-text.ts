/**
 * Returns the rule that a parameter's text breaks, or undefined when it
 * breaks none. PostgreSQL `text` cannot store U+0000. An unpaired UTF-16
 * surrogate has no UTF-8 form, so the database drivers would store U+FFFD in
 * its place and two different values would name one document.
 */
export function brokenTextRule(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the character U+0000';
  if (/\p{Cs}/u.test(text)) return 'must not contain an unpaired UTF-16 surrogate';
  return undefined;
}
