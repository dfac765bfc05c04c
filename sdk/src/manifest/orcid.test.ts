import { expect, test } from 'vitest';
import { isOrcid, orcidCheckDigit } from './orcid.js';

test.each([
  ['0000-0002-1825-0097', true],
  ['0000-0001-5109-3700', true],
  ['0000-0002-1694-233X', true],
  ['0000-0002-1825-0098', false],
  ['0000-0002-1694-2339', false],
  ['0000000218250097', false],
  ['0000-0002-1825-009', false],
  ['https://orcid.org/0000-0002-1825-0097', false],
  ['0000-0002-1825-009x', false],
])('isOrcid %j is %s', (orcid, expected) => {
  expect(isOrcid(orcid)).toBe(expected);
});

test('orcidCheckDigit ten as X', () => {
  expect(orcidCheckDigit('000000021694233')).toBe('X');
});
