import { expect, test } from 'vitest';
import { isSpdxExpression } from './license-schema.js';

test.each([
  ['AGPL-3.0-or-later', true],
  ['MIT', true],
  ['MIT OR Apache-2.0', true],
  ['(MIT AND CC-BY-4.0) OR GPL-3.0-only', true],
  ['GPL-2.0-or-later WITH Classpath-exception-2.0', true],
  ['LicenseRef-Fabrique-Research', true],
  ['GPL v3', false],
  ['AGPL-4.0', false],
  ['MIT OR', false],
  ['', false],
  [`MIT${' OR MIT'.repeat(60)}`, false],
])('isSpdxExpression %j is %s', (expression, expected) => {
  expect(isSpdxExpression(expression)).toBe(expected);
});
