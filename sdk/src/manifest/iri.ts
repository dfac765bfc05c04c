import { z } from 'zod';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/** Maximum length of an IRI in the manifest, in characters. */
export const IRI_MAX_LENGTH = 2048;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):(.+)$/s;
// Characters that RFC 3987 allows nowhere in an IRI, besides controls and space.
const FORBIDDEN_PRINTABLE_CHARACTERS = '<>"{}|\\^`';
const HTTP_AUTHORITY = /^https?:\/\/[^/?#@]/i;
const BROKEN_PERCENT_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

/**
 * Tells whether a string is an absolute IRI (RFC 3987): a scheme, a colon and a non-empty
 * rest, with no character that IRIs forbid and no broken percent escape. An `http` or
 * `https` IRI must also have a host. A fragment is allowed, as xAPI identifiers allow it.
 *
 * NOTE: this is a syntactic check of the parts that matter for matching identifiers, not
 * the full RFC 3987 grammar.
 *
 * @example
 * isAbsoluteIri('http://adlnet.gov/expapi/verbs/answered'); // true
 * isAbsoluteIri('answered'); // false
 */
export function isAbsoluteIri(value: string): boolean {
  if (value.length > IRI_MAX_LENGTH) return false;
  const match = SCHEME.exec(value);
  if (match === null) return false;
  if (hasForbiddenCharacter(value) || BROKEN_PERCENT_ESCAPE.test(value)) return false;
  const scheme = (match[1] ?? '').toLowerCase();
  if (scheme === 'http' || scheme === 'https') return hasHost(value);
  return true;
}

function hasForbiddenCharacter(value: string): boolean {
  for (const character of value) {
    const codePoint = character.codePointAt(0) ?? 0;
    const isControlOrSpace = codePoint <= 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
    if (isControlOrSpace || FORBIDDEN_PRINTABLE_CHARACTERS.includes(character)) return true;
  }
  return false;
}

function hasHost(value: string): boolean {
  // The WHATWG URL parser reads "https:///path" as host "path", so check the authority here.
  if (!HTTP_AUTHORITY.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    // The URL parser throws on any URL it cannot parse.
    return false;
  }
}

/** Zod schema of an absolute IRI. Reports `invalid-iri`. */
export const iriSchema = withRule(z.string(), {
  code: 'invalid-iri',
  test: isAbsoluteIri,
  message: (value) =>
    'must be an absolute IRI with a scheme, such as "http://adlnet.gov/expapi/verbs/answered" ' +
    `(got ${describeValue(value)}).`,
}).meta({ format: 'iri', maxLength: IRI_MAX_LENGTH });
