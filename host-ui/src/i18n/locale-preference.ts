/** Languages of the UI; French is the source language. */
export const UI_LOCALES = ['fr', 'en'] as const;

/** A language of the UI. */
export type UiLocale = (typeof UI_LOCALES)[number];

/** localStorage key of the language a person picked with the switch. */
export const LOCALE_STORAGE_KEY = 'fabrique.locale';

/** Returns true when `value` is a language of the UI. */
export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** Reads the stored language, or returns French when none is stored or storage is unavailable. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): UiLocale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return isUiLocale(stored) ? stored : 'fr';
  } catch {
    return 'fr';
  }
}

/** Stores the picked language; a storage that refuses writes (private browsing) is ignored. */
export function storeLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: UiLocale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // The choice then lasts until the page is reloaded.
  }
}
