import { z } from 'zod';
import { describeInvalidLanguageTag, isLanguageTag, LANGUAGE_TAG_PATTERN } from './language-tag.js';
import { reportRuleIssue } from './manifest-rule.js';
import { plainTextSchema } from './plain-text-schema.js';
import { describeValue } from './value-text.js';

/** Language that every language map and the `locales` list must contain. */
export const REQUIRED_LOCALE = 'fr';

/**
 * Zod schema of a language map: an object from RFC 5646 language tags to texts of at most
 * `maxLength` code points, with French (`fr`) required. Reports `invalid-language-tag`,
 * `missing-french`, `duplicate-language-tag` (two keys that differ only in case, since tags
 * are case-insensitive), `empty-text` and `text-too-long`.
 *
 * @example
 * languageMapSchema(80).parse({ fr: 'Ligne numérique', en: 'Number line' });
 */
export function languageMapSchema(maxLength: number) {
  const text = plainTextSchema(maxLength);
  return z
    .record(z.string(), text)
    .superRefine((map, ctx) => {
      checkLanguageTags(Object.keys(map), ctx);
    })
    .pipe(z.object({ [REQUIRED_LOCALE]: text }).catchall(text))
    .meta({
      description: `Texts by RFC 5646 language tag. French ("${REQUIRED_LOCALE}") is required. At most ${maxLength} characters each.`,
      propertyNames: { pattern: LANGUAGE_TAG_PATTERN.source },
    });
}

/**
 * Texts of one message in several languages, keyed by RFC 5646 language tag, with French
 * always present.
 */
export type LanguageMap = z.output<ReturnType<typeof languageMapSchema>>;

function checkLanguageTags(tags: readonly string[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    if (!isLanguageTag(tag)) {
      reportRuleIssue(ctx, {
        code: 'invalid-language-tag',
        message: describeInvalidLanguageTag(tag),
        path: [tag],
        input: tag,
      });
      continue;
    }
    const first = seen.get(tag.toLowerCase());
    if (first !== undefined) {
      reportRuleIssue(ctx, {
        code: 'duplicate-language-tag',
        message: `names the same language as ${describeValue(first)}, because tags ignore case. Keep one of them.`,
        path: [tag],
        input: tag,
      });
    }
    seen.set(tag.toLowerCase(), first ?? tag);
  }
  if (!tags.includes(REQUIRED_LOCALE)) {
    reportRuleIssue(ctx, {
      code: 'missing-french',
      message: `must contain a French text under the key "${REQUIRED_LOCALE}". Add it: French is required, other languages are optional.`,
    });
  }
}
