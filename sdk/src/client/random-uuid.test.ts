import { afterEach, expect, test, vi } from 'vitest';
import { randomUuid } from './random-uuid.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

test('randomUuid returns distinct version 4 UUIDs', () => {
  const ids = Array.from({ length: 50 }, randomUuid);
  expect(ids.every((id) => UUID_V4.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(50);
});

test('randomUuid falls back without randomUUID', () => {
  const getRandomValues = crypto.getRandomValues.bind(crypto);
  vi.stubGlobal('crypto', { getRandomValues });
  const ids = Array.from({ length: 50 }, randomUuid);
  expect(ids.every((id) => UUID_V4.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(50);
});
