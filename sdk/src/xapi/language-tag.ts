import { parse, type Schema } from 'bcp-47';
import { z } from 'zod';
import { xapiRule } from './xapi-issue.js';

/**
 * Tells whether a value is a well-formed RFC 5646 language tag, such as `fr`,
 * `en-US`, `zh-Hant-TW`, `tlh` or the grandfathered `i-klingon`.
 *
 * On top of the syntax that `bcp-47` parses, the tag must not repeat an
 * extension singleton (RFC 5646 section 2.2.6) or a variant (section 2.2.5),
 * compared without regard to case.
 */
export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') {
    return false;
  }
  let wellFormed = true;
  const schema = parse(value, {
    normalize: false,
    warning: () => {
      wellFormed = false;
      return undefined;
    },
  });
  return wellFormed && !isEmptySchema(schema) && !repeatsSubtags(schema);
}

function isEmptySchema(schema: Schema): boolean {
  const hasContent =
    schema.language !== null ||
    schema.irregular !== null ||
    schema.regular !== null ||
    schema.privateuse.length > 0;
  return !hasContent;
}

function repeatsSubtags(schema: Schema): boolean {
  const singletons = schema.extensions.map((extension) => extension.singleton);
  return hasDuplicates(singletons) || hasDuplicates(schema.variants);
}

function hasDuplicates(subtags: readonly string[]): boolean {
  const lowerCase = subtags.map((subtag) => subtag.toLowerCase());
  return new Set(lowerCase).size !== lowerCase.length;
}

/** Schema of an RFC 5646 language tag, such as `context.language`. */
export const languageTagSchema = z.custom<string>(
  isLanguageTag,
  xapiRule('invalid-language-tag', 'must be an RFC 5646 language tag such as "fr" or "en-US"'),
);
