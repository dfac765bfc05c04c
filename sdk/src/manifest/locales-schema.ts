import { z } from 'zod';
import { reportDuplicates } from './duplicates.js';
import { REQUIRED_LOCALE } from './language-map-schema.js';
import { languageTagSchema } from './language-tag.js';
import { reportRuleIssue } from './manifest-rule.js';

/**
 * Zod schema of the manifest's `locales`: the RFC 5646 tags of the languages the plugin's
 * user interface is available in. French is required (`missing-french`) and each language
 * appears once, ignoring case (`duplicate-value`).
 */
export const localesSchema = z
  .array(languageTagSchema)
  .min(1)
  .max(50)
  .superRefine((locales, ctx) => {
    reportDuplicates(
      ctx,
      locales.map((locale) => locale.toLowerCase()),
      { code: 'duplicate-value', noun: 'locale', path: (index) => [index] },
    );
    if (!locales.includes(REQUIRED_LOCALE)) {
      reportRuleIssue(ctx, {
        code: 'missing-french',
        message: `must include "${REQUIRED_LOCALE}": every plugin is available in French. Add it.`,
        input: locales,
      });
    }
  })
  .meta({
    description: `Languages of the plugin's user interface. Must include "${REQUIRED_LOCALE}".`,
    uniqueItems: true,
  });
