import { expect, test } from 'vitest';
import { isPluginVersion } from './plugin-version.js';

test.each([
  ['0.1.0', true],
  ['1.2.0-beta.1', true],
  ['10.20.30', true],
  ['v0.1.0', false],
  ['=0.1.0', false],
  [' 0.1.0', false],
  ['0.1', false],
  ['01.0.0', false],
  ['0.1.0+build.7', false],
  ['', false],
])('isPluginVersion %j is %s', (version, expected) => {
  expect(isPluginVersion(version)).toBe(expected);
});
