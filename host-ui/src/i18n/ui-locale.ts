import { configureLocalization } from '@lit/localize';
import { isUiLocale, readStoredLocale, storeLocale, type UiLocale } from './locale-preference.js';
import { templates as englishTemplates } from './locales/en.js';

const localization = configureLocalization({
  sourceLocale: 'fr',
  targetLocales: ['en'],
  loadLocale: async () => ({ templates: englishTemplates }),
});

/** Returns the language the UI is shown in. */
export function currentLocale(): UiLocale {
  const locale = localization.getLocale();
  return isUiLocale(locale) ? locale : 'fr';
}

/** Shows the UI in `locale`, sets `lang` on the document and remembers the choice. */
export async function switchLocale(locale: UiLocale): Promise<void> {
  await localization.setLocale(locale);
  document.documentElement.lang = locale;
  storeLocale(window.localStorage, locale);
}

/** Applies the stored language, French when none is stored, before the first render. */
export async function applyStoredLocale(): Promise<void> {
  const locale = readStoredLocale(storageOrUndefined());
  await localization.setLocale(locale);
  document.documentElement.lang = locale;
}

function storageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
