import { describe, expect, test } from 'vitest';
import { indexKey, MAX_INDEXED_BYTES } from './index-key.js';

describe('indexKey', () => {
  test('short value kept', () => {
    expect(indexKey('http://example.org/a')).toBe('http://example.org/a');
  });

  test('long value digested', () => {
    const key = indexKey(`http://example.org/${'a'.repeat(MAX_INDEXED_BYTES)}`);
    expect(key).toMatch(/^#sha256:[0-9a-f]{64}$/);
  });

  test('limit counted in bytes', () => {
    expect(indexKey('é'.repeat(MAX_INDEXED_BYTES / 2))).toBe('é'.repeat(MAX_INDEXED_BYTES / 2));
    expect(indexKey('é'.repeat(MAX_INDEXED_BYTES / 2 + 1))).toMatch(/^#sha256:/);
  });

  test('distinct long values differ', () => {
    const long = 'x'.repeat(1000);
    expect(indexKey(`${long}1`)).not.toBe(indexKey(`${long}2`));
  });
});
