import { describe, expect, test } from 'vitest';
import { sameAuthority } from './authority-key.js';

const client = (homePage: string, name: string) => ({
  objectType: 'Agent' as const,
  account: { homePage, name },
});

describe('sameAuthority', () => {
  test('same client after public URL change', () => {
    expect(
      sameAuthority(
        client('http://127.0.0.1:8080', 'client:tool'),
        client('https://fabrique.example', 'client:tool'),
      ),
    ).toBe(true);
  });

  test('different clients', () => {
    expect(
      sameAuthority(
        client('http://127.0.0.1:8080', 'client:tool'),
        client('http://127.0.0.1:8080', 'plugin:tool'),
      ),
    ).toBe(false);
  });

  test('missing authority', () => {
    expect(sameAuthority(undefined, client('http://127.0.0.1:8080', 'client:tool'))).toBe(false);
  });
});
