import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { formatManifestIssues, type ManifestIssue } from './manifest-issues.js';
import { parseWithIssues } from './parse-with-issues.js';

describe('formatManifestIssues', () => {
  test('one line per issue', () => {
    const issues: ManifestIssue[] = [
      { path: 'id', code: 'invalid-plugin-id', message: 'id must be a reverse-DNS name.' },
      { path: '', code: 'invalid-type', message: 'The manifest must be an object (got an array).' },
    ];
    expect(formatManifestIssues(issues)).toBe(
      'id must be a reverse-DNS name. [invalid-plugin-id]\n' +
        'The manifest must be an object (got an array). [invalid-type]',
    );
  });

  test('no issues, empty text', () => {
    expect(formatManifestIssues([])).toBe('');
  });
});

describe('toManifestIssues', () => {
  const schema = z.strictObject({
    value: z.union([z.enum(['a', 'b']), z.strictObject({ n: z.number().max(3) })]),
  });

  test.each([
    ['object branch chosen', { value: { n: 4 } }, [['value.n', 'number-out-of-range']]],
    ['no branch fits', { value: 'c' }, [['value', 'invalid-value']]],
    ['union value missing', {}, [['value', 'missing-property']]],
    [
      'keys split',
      { value: 'a', x: 1, y: 2 },
      [
        ['x', 'unknown-property'],
        ['y', 'unknown-property'],
      ],
    ],
  ])('%s', (_name, value, expected) => {
    const result = parseWithIssues(schema, value, 'The object');
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual(
      expected,
    );
  });

  test('long value cut in message', () => {
    const result = parseWithIssues(
      z.strictObject({ n: z.number() }),
      { n: 'x'.repeat(500) },
      'The object',
    );
    const message = result.success ? '' : (result.issues[0]?.message ?? '');
    expect(message.length).toBeLessThan(120);
    expect(message).toContain('…');
  });
});
