import { expect, test } from 'vitest';
import { launchpadPluginSchema } from './launchpad-plugin-schema.js';

const plugin = { id: 'fr.fabrique.fundamentals', title: { fr: 'Nombres' } };

test.each([
  [
    'https icon',
    'https://plugins.example.org/fr.fabrique.fundamentals/icon.svg',
    'https://plugins.example.org/fr.fabrique.fundamentals/icon.svg',
  ],
  ['http icon', 'http://localhost:8080/p/icon.png', 'http://localhost:8080/p/icon.png'],
  ['null', null, null],
  ['missing', undefined, null],
  ['relative path', '/icon.svg', null],
  ['javascript URL', 'javascript:alert(1)', null],
  ['data URL', 'data:image/svg+xml,<svg/>', null],
  ['not a string', 42, null],
])('launchpad iconUrl %s', (_case, iconUrl, expected) => {
  const parsed = launchpadPluginSchema.parse({ ...plugin, iconUrl });
  expect(parsed.iconUrl).toBe(expected);
});

test('launchpad plugin keeps id and title', () => {
  const parsed = launchpadPluginSchema.parse({ ...plugin, iconUrl: null });
  expect(parsed).toEqual({ ...plugin, iconUrl: null });
});
