import { describe, expect, test } from 'vitest';
import { isUuid } from './uuid.js';

describe('isUuid', () => {
  test.each([
    'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
    '6690E6C9-3EF0-4ED3-8B37-7F3964730BEE',
    '12345678-1234-5678-1234-567812345678',
    '00000000-0000-0000-0000-000000000000',
  ])('accepts %s', (value) => {
    expect(isUuid(value)).toBe(true);
  });

  test.each([
    ['too many digits', 'AA97B177-9383-4934-8543-0F91A7A028368'],
    ['a letter after F', 'MA97B177-9383-4934-8543-0F91A7A02836'],
    ['no hyphens', 'fd41c918b88b4b20a0a5a4c32391aaa0'],
    ['braces', '{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}'],
    ['a URN', 'urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0'],
    ['an empty string', ''],
    ['a number', 12345],
  ])('rejects %s', (_name, value) => {
    expect(isUuid(value)).toBe(false);
  });
});
