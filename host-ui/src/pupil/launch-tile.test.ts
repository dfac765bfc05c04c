import { expect, test } from 'vitest';
import { tileColour, tileGlyph, tileHue } from './launch-tile.js';

test.each([
  ['Nombres', 'fr', 'N'],
  ['émotions', 'fr', 'É'],
  ['  lecture', 'fr', 'L'],
  ['👩‍🔬 Sciences', 'fr', '👩‍🔬'],
  ['île', 'fr', 'Î'],
  ['', 'fr', '?'],
  ['   ', 'fr', '?'],
])('tileGlyph %j', (title, locale, expected) => {
  expect(tileGlyph(title, locale)).toBe(expected);
});

test('tileHue is stable per id', () => {
  expect(tileHue('fr.fabrique.fundamentals')).toBe(tileHue('fr.fabrique.fundamentals'));
});

test('tileHue spreads ids', () => {
  const ids = [
    'fr.fabrique.fundamentals',
    'fr.fabrique.well-being',
    'fr.fabrique.cogni-classes',
    'fr.fabrique.emoti-classes',
  ];
  const hues = new Set(ids.map(tileHue));
  expect(hues.size).toBe(ids.length);
});

test.each(['a', 'fr.fabrique.fundamentals', 'x'.repeat(200), 'é'])(
  'tileHue in range for %s',
  (id) => {
    const hue = tileHue(id);
    expect(Number.isInteger(hue)).toBe(true);
    expect(hue).toBeGreaterThanOrEqual(0);
    expect(hue).toBeLessThan(360);
  },
);

test('tileColour is an OKLCH colour', () => {
  expect(tileColour('fr.fabrique.fundamentals')).toMatch(/^oklch\(45% 0\.13 \d{1,3}\)$/);
});
