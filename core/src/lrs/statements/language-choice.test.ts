import { describe, expect, test } from 'vitest';
import { chooseLanguage } from './language-choice.js';

describe('chooseLanguage', () => {
  const available = ['en-US', 'fr-FR', 'de'];

  test('exact tag', () => {
    expect(chooseLanguage(available, 'fr-FR')).toBe('fr-FR');
  });

  test('prefix of a tag', () => {
    expect(chooseLanguage(available, 'fr')).toBe('fr-FR');
  });

  test('tag longer than available', () => {
    expect(chooseLanguage(available, 'de-AT')).toBe('de');
  });

  test('quality order', () => {
    expect(chooseLanguage(available, 'de;q=0.5, fr;q=0.9')).toBe('fr-FR');
  });

  test('zero quality skipped', () => {
    expect(chooseLanguage(available, 'fr;q=0, de')).toBe('de');
  });

  test('no match falls back to English', () => {
    expect(chooseLanguage(available, 'ja')).toBe('en-US');
  });

  test('empty header', () => {
    expect(chooseLanguage(['fr', 'und'], '')).toBe('und');
  });
});
