import { parse } from 'bcp-47';
import { z } from 'zod';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/**
 * Loose syntax of a language tag, given to JSON Schema editors. {@link isLanguageTag} runs
 * the full RFC 5646 grammar.
 */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Tells whether a string is a well-formed RFC 5646 (BCP 47) language tag that starts with a
 * language subtag, such as `fr`, `en-GB` or `oc-aranes`. Private-use tags (`x-...`) and
 * the irregular grandfathered tags are rejected, because a plugin's texts must be in a
 * language that the host can choose for a pupil.
 *
 * @example
 * isLanguageTag('fr-CA'); // true
 * isLanguageTag('fr_CA'); // false
 */
export function isLanguageTag(value: string): boolean {
  let wellFormed = true;
  const tag = parse(value, {
    normalize: false,
    warning: () => {
      wellFormed = false;
      return undefined;
    },
  });
  return wellFormed && typeof tag.language === 'string' && tag.language !== '';
}

/** Builds the issue text for a string that is not a language tag. */
export function describeInvalidLanguageTag(value: string): string {
  return (
    'must be an RFC 5646 language tag such as "fr", "en" or "fr-CA" ' +
    `(got ${describeValue(value)}).`
  );
}

/** Zod schema of one language tag. Reports `invalid-language-tag`. */
export const languageTagSchema = withRule(z.string(), {
  code: 'invalid-language-tag',
  test: isLanguageTag,
  message: describeInvalidLanguageTag,
}).meta({ pattern: LANGUAGE_TAG_PATTERN.source });
