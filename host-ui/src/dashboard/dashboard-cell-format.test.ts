import { expect, test } from 'vitest';
import { formatCell } from './dashboard-cell-format.js';

const words = { yes: 'oui', no: 'non', empty: '—' };

test.each([
  [1234.5, 'fr', '1\u202f234,5', true],
  [1234.5, 'en', '1,234.5', true],
  [0.123456, 'en', '0.12', true],
  [Number.NaN, 'fr', 'NaN', true],
  [true, 'fr', 'oui', false],
  [false, 'fr', 'non', false],
  [null, 'fr', '—', false],
  ['<img src=x onerror=alert(1)>', 'fr', '<img src=x onerror=alert(1)>', false],
  ['12', 'fr', '12', false],
  [{ a: 1 }, 'fr', '{"a":1}', false],
  [[1, 2], 'fr', '[1,2]', false],
])('formatCell %j in %s', (value, locale, text, numeric) => {
  expect(formatCell(value, locale, words)).toEqual({ text, numeric });
});

test('formatCell date-time in locale', () => {
  const value = '2025-03-14T09:26:00Z';
  const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(value),
  );
  expect(formatCell(value, 'fr', words).text).toBe(expected);
  expect(expected).not.toBe(value);
});

test('formatCell leaves date-like text alone', () => {
  expect(formatCell('2025-13-45T99:99:00Z', 'fr', words).text).toBe('2025-13-45T99:99:00Z');
  expect(formatCell('2025-03-14', 'fr', words).text).toBe('2025-03-14');
});
