const ORCID_PATTERN = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/**
 * Tells whether a string is an ORCID iD written as four groups of four characters, such as
 * `0000-0002-1825-0097`, whose last character is the ISO 7064 MOD 11-2 check digit of the
 * other fifteen digits (`X` stands for 10).
 *
 * @example
 * isOrcid('0000-0002-1825-0097'); // true
 * isOrcid('0000-0002-1825-0098'); // false: wrong check digit
 */
export function isOrcid(value: string): boolean {
  if (!ORCID_PATTERN.test(value)) return false;
  const digits = value.replaceAll('-', '');
  return orcidCheckDigit(digits.slice(0, 15)) === digits.slice(15);
}

/** Computes the ISO 7064 MOD 11-2 check character of a string of decimal digits. */
export function orcidCheckDigit(baseDigits: string): string {
  let total = 0;
  for (const digit of baseDigits) {
    total = (total + Number(digit)) * 2;
  }
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** Syntax of an ORCID iD, given to JSON Schema editors. The check digit is checked apart. */
export const ORCID_PATTERN_SOURCE = ORCID_PATTERN.source;
