import { z } from 'zod';

/** Text in several languages, keyed by RFC 5646 tag, with French expected. */
export type LanguageMap = Readonly<Record<string, string>>;

/** Reads a language map from the API; anything else becomes an empty map. */
export const languageMapSchema: z.ZodType<LanguageMap> = z.record(z.string(), z.string()).catch({});

/**
 * Returns the text of `map` in `locale`, else in the locale's base language,
 * else in French, else the first non-empty text, else an empty string.
 */
export function pickLanguage(map: LanguageMap, locale: string): string {
  const base = locale.split('-')[0] ?? locale;
  for (const tag of [locale, base, 'fr']) {
    const text = Object.hasOwn(map, tag) ? map[tag] : undefined;
    if (text) {
      return text;
    }
  }
  return Object.values(map).find((text) => text !== '') ?? '';
}
