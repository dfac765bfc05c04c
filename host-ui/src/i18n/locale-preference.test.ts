import { expect, test } from 'vitest';
import { LOCALE_STORAGE_KEY, readStoredLocale, storeLocale } from './locale-preference.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      values.set(key, value);
    },
  };
}

test.each([
  [{ [LOCALE_STORAGE_KEY]: 'en' }, 'en'],
  [{ [LOCALE_STORAGE_KEY]: 'fr' }, 'fr'],
  [{ [LOCALE_STORAGE_KEY]: 'de' }, 'fr'],
  [{}, 'fr'],
])('readStoredLocale %j', (values, expected) => {
  expect(readStoredLocale(memoryStorage(values))).toBe(expected);
});

test('readStoredLocale without storage', () => {
  expect(readStoredLocale(undefined)).toBe('fr');
});

test('readStoredLocale when storage throws', () => {
  const storage = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  expect(readStoredLocale(storage)).toBe('fr');
});

test('storeLocale round trip', () => {
  const storage = memoryStorage();
  storeLocale(storage, 'en');
  expect(readStoredLocale(storage)).toBe('en');
});

test('storeLocale ignores refusing storage', () => {
  const storage = {
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
  expect(() => storeLocale(storage, 'en')).not.toThrow();
});
