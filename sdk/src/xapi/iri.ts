import { z } from 'zod';
import { xapiRule } from './xapi-issue.js';

// Character classes of the IRI grammar in RFC 3987, section 2.2, written for a
// regular expression with the `u` flag.
const UCSCHAR =
  '\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{1FFFD}' +
  '\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}\\u{40000}-\\u{4FFFD}\\u{50000}-\\u{5FFFD}' +
  '\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}' +
  '\\u{A0000}-\\u{AFFFD}\\u{B0000}-\\u{BFFFD}\\u{C0000}-\\u{CFFFD}\\u{D0000}-\\u{DFFFD}' +
  '\\u{E1000}-\\u{EFFFD}';
const IPRIVATE = '\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const IUNRESERVED = `A-Za-z0-9\\-._~${UCSCHAR}`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT_ENCODED = '%[0-9A-Fa-f]{2}';
const IPCHAR = `${IUNRESERVED}${SUB_DELIMS}:@`;

/** Builds the pattern of one character of the given class or one percent-encoded octet. */
function unit(characterClass: string): string {
  return `(?:[${characterClass}]|${PCT_ENCODED})`;
}

const DEC_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = `${DEC_OCTET}(?:\\.${DEC_OCTET}){3}`;
const H16 = '[0-9A-Fa-f]{1,4}';
const LS32 = `(?:${H16}:${H16}|${IPV4})`;
const IPV6 = [
  `(?:${H16}:){6}${LS32}`,
  `::(?:${H16}:){5}${LS32}`,
  `(?:${H16})?::(?:${H16}:){4}${LS32}`,
  `(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3}${LS32}`,
  `(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2}${LS32}`,
  `(?:(?:${H16}:){0,3}${H16})?::${H16}:${LS32}`,
  `(?:(?:${H16}:){0,4}${H16})?::${LS32}`,
  `(?:(?:${H16}:){0,5}${H16})?::${H16}`,
  `(?:(?:${H16}:){0,6}${H16})?::`,
].join('|');
const IPV_FUTURE = `v[0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~${SUB_DELIMS}:]+`;
const IP_LITERAL = `\\[(?:${IPV6}|${IPV_FUTURE})\\]`;

// IPv4 addresses also match ireg-name, so the host needs no IPv4 branch.
const IHOST = `(?:${IP_LITERAL}|${unit(`${IUNRESERVED}${SUB_DELIMS}`)}*)`;
const IUSERINFO = `${unit(`${IUNRESERVED}${SUB_DELIMS}:`)}*`;
const IAUTHORITY = `(?:${IUSERINFO}@)?${IHOST}(?::[0-9]*)?`;

// Each path form is written so that every character has one reading: a
// segment character cannot be "/", so the engine never tries two ways to split
// a path, and a failed match costs linear time even on hostile input.
const IPATH_ABEMPTY = `(?:\\/${unit(`${IPCHAR}/`)}*)?`;
const IPATH_ABSOLUTE = `\\/(?:${unit(IPCHAR)}${unit(`${IPCHAR}/`)}*)?`;
const IPATH_ROOTLESS = `${unit(IPCHAR)}${unit(`${IPCHAR}/`)}*`;
const IHIER_PART = `(?:\\/\\/${IAUTHORITY}${IPATH_ABEMPTY}|${IPATH_ABSOLUTE}|${IPATH_ROOTLESS}|)`;
const IQUERY = `${unit(`${IPCHAR}${IPRIVATE}/?`)}*`;
const IFRAGMENT = `${unit(`${IPCHAR}/?`)}*`;
const SCHEME = '[A-Za-z][A-Za-z0-9+\\-.]*';

const ABSOLUTE_IRI = new RegExp(
  `^${SCHEME}:${IHIER_PART}(?:\\?${IQUERY})?(?:#${IFRAGMENT})?$`,
  'u',
);

/**
 * Longest IRI accepted, in UTF-16 code units. RFC 3987 sets no limit, but the
 * pattern's repeated groups overflow V8's regular expression stack at about
 * ten million characters, and no identifier needs a fraction of this.
 */
export const MAX_IRI_LENGTH = 65_536;

/**
 * Tells whether a value is an absolute IRI as defined by RFC 3987: a scheme,
 * a colon, then a hierarchical part, query and fragment made of allowed or
 * percent-encoded characters, at most {@link MAX_IRI_LENGTH} long. Relative
 * references such as `www.example.com/a` or `#part` are not IRIs in xAPI.
 */
export function isIri(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_IRI_LENGTH && ABSOLUTE_IRI.test(value);
}

/** Schema of an xAPI IRI: an absolute IRI (RFC 3987). */
export const iriSchema = z.custom<string>(
  isIri,
  xapiRule('invalid-iri', 'must be an absolute IRI with a scheme (RFC 3987)'),
);

/**
 * Schema of an xAPI IRL, an IRI meant to be resolved, such as an account's
 * homePage or a moreInfo link. xAPI gives IRLs no rule beyond those of IRIs.
 */
export const irlSchema = z.custom<string>(
  isIri,
  xapiRule('invalid-irl', 'must be an absolute IRL with a scheme (RFC 3987)'),
);
