import { expect, test } from 'vitest';
import { JOIN_CODE_STORAGE_KEY, recallJoinCode, rememberJoinCode } from './join-code-memory.js';

class MapStorage {
  readonly values = new Map<string, string>();

  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
}

const rejectingStorage = {
  getItem(): string | null {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

test('rememberJoinCode stores normalized code', () => {
  const storage = new MapStorage();
  rememberJoinCode(storage, 'k7m 2qp');
  expect(storage.values.get(JOIN_CODE_STORAGE_KEY)).toBe('K7M2QP');
  expect(recallJoinCode(storage)).toBe('K7M2QP');
});

test.each([
  ['nothing stored', undefined],
  ['malformed code', 'K7M2Q'],
  ['forbidden letter', 'K7M2QO'],
])('recallJoinCode %s', (_case, stored) => {
  const storage = new MapStorage();
  if (stored !== undefined) {
    storage.values.set(JOIN_CODE_STORAGE_KEY, stored);
  }
  expect(recallJoinCode(storage)).toBeUndefined();
});

test('join code memory without storage', () => {
  expect(() => rememberJoinCode(undefined, 'K7M2QP')).not.toThrow();
  expect(recallJoinCode(undefined)).toBeUndefined();
});

test('join code memory with rejecting storage', () => {
  expect(() => rememberJoinCode(rejectingStorage, 'K7M2QP')).not.toThrow();
  expect(recallJoinCode(rejectingStorage)).toBeUndefined();
});
