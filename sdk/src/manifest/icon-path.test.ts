import { describe, expect, test } from 'vitest';
import fixture from './fixtures/number-line.plugin.json' with { type: 'json' };
import { isIconPath } from './icon-path.js';
import { parsePluginManifest } from './parse-plugin-manifest.js';

describe('isIconPath', () => {
  test.each([
    ['assets/icon.svg', true],
    ['icon.png', true],
    ['assets/pictures/tile.webp', true],
    ['../icon.svg', false],
    ['/assets/icon.svg', false],
    ['assets/./icon.svg', false],
    ['assets/icon.gif', false],
    ['assets\\icon.svg', false],
    ['assets/icon.svg.js', false],
  ])('%s is %s', (path, expected) => {
    expect(isIconPath(path)).toBe(expected);
  });
});

test('manifest icon checked', () => {
  const parsed = parsePluginManifest({ ...fixture, icon: '../icon.svg' });
  expect(parsed.success).toBe(false);
  expect(parsed.success ? [] : parsed.issues.map((issue) => [issue.path, issue.code])).toEqual([
    ['icon', 'invalid-icon-path'],
  ]);
});

test('manifest icon accepted', () => {
  expect(parsePluginManifest({ ...fixture, icon: 'assets/icon.svg' }).success).toBe(true);
});
