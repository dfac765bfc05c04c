import { z } from 'zod';
import { irlSchema, isIri } from './iri.js';
import { xapiRule } from './xapi-issue.js';

// "mailto:" then an e-mail address: a local part and a dot-separated domain,
// without whitespace or the characters that RFC 5322 reserves as delimiters.
const MAILTO_PATTERN =
  /^mailto:[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"/?#.]+(?:\.[^\s@<>()[\]\\,;:"/?#.]+)*$/u;
const SHA1_HEX_PATTERN = /^[0-9A-Fa-f]{40}$/;

/** Tells whether a value is an mbox: a `mailto:` IRI of a single e-mail address. */
export function isMbox(value: unknown): value is string {
  return isIri(value) && MAILTO_PATTERN.test(value);
}

/** Schema of an Agent's or Group's `mbox`, such as `mailto:ada@example.com`. */
export const mboxSchema = z.custom<string>(
  isMbox,
  xapiRule('invalid-mbox', 'must be a "mailto:" IRI of an e-mail address'),
);

/** Schema of `mbox_sha1sum`: the SHA-1 hash of an mbox IRI, as 40 hexadecimal digits. */
export const mboxSha1sumSchema = z.custom<string>(
  (value) => typeof value === 'string' && SHA1_HEX_PATTERN.test(value),
  xapiRule('invalid-sha1', 'must be a SHA-1 hash written as 40 hexadecimal digits'),
);

/** Schema of `openid`: a URI, checked as an absolute IRI. */
export const openidSchema = z.custom<string>(
  isIri,
  xapiRule('invalid-iri', 'must be an absolute URI with a scheme'),
);

/** Schema of an account: the `homePage` IRL of a system and the `name` of the account there. */
export const accountSchema = z.strictObject({
  homePage: irlSchema,
  name: z.string(),
});

/** Properties of an Agent or identified Group that identify it (inverse functional identifiers). */
export const IDENTIFIER_PROPERTIES = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/** Optional identifier properties, shared by the Agent and Group schemas. */
export const identifierShape = {
  mbox: mboxSchema.optional(),
  mbox_sha1sum: mboxSha1sumSchema.optional(),
  openid: openidSchema.optional(),
  account: accountSchema.optional(),
};

/** Lists the identifier properties that an Agent or Group sets. */
export function presentIdentifiers(actor: Readonly<Record<string, unknown>>): string[] {
  return IDENTIFIER_PROPERTIES.filter((property) => actor[property] !== undefined);
}
