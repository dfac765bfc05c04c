/** A `Content-Type` value split into its lower-cased `type/subtype` and its parameters. */
export interface MediaType {
  essence: string;
  /** Parameters by lower-cased name, with quoted values unquoted. */
  parameters: Map<string, string>;
}

// Token and quoted-string of RFC 9110 section 5.6.
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const ESSENCE = new RegExp(`^(${TOKEN})/(${TOKEN})`);
const PARAMETER = new RegExp(
  `^[ \\t]*;[ \\t]*(?:(${TOKEN})=(?:(${TOKEN})|"((?:[^"\\\\]|\\\\.)*)"))?`,
);

/**
 * Parses a `Content-Type` header value such as `multipart/mixed; boundary="a b"`.
 * Empty parameters (a trailing `;`) are skipped, as many clients send them.
 *
 * @returns the media type, or `undefined` when the value is not one.
 */
export function parseMediaType(value: string): MediaType | undefined {
  const essence = ESSENCE.exec(value.trim());
  if (!essence) return undefined;
  const parameters = new Map<string, string>();
  let rest = value.trim().slice(essence[0].length);
  while (rest.length > 0) {
    const parameter = PARAMETER.exec(rest);
    if (!parameter || parameter[0].length === 0) return undefined;
    const [matched, name, token, quoted] = parameter;
    if (name !== undefined) {
      parameters.set(name.toLowerCase(), token ?? (quoted ?? '').replace(/\\(.)/g, '$1'));
    }
    rest = rest.slice(matched.length).replace(/^[ \t]+$/, '');
  }
  return { essence: `${essence[1]}/${essence[2]}`.toLowerCase(), parameters };
}

/** Returns the lower-cased `type/subtype` of a media type, or the trimmed value when it is not one. */
export function mediaTypeEssence(value: string): string {
  return parseMediaType(value)?.essence ?? value.trim().toLowerCase();
}
