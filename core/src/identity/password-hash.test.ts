import { describe, expect, test } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash.js';

const LIGHT = { logN: 10, r: 8, p: 1 };

describe('password hash', () => {
  test('default cost is memory-hard', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  });

  test('wrong password rejected', async () => {
    const hash = await hashPassword('correct horse', LIGHT);
    expect(await verifyPassword('Correct horse', hash)).toBe(false);
  });

  test('salts differ', async () => {
    expect(await hashPassword('same', LIGHT)).not.toBe(await hashPassword('same', LIGHT));
  });

  test.each(['', 'plain', '$scrypt$ln=x,r=8,p=1$AA==$AA==', '$bcrypt$whatever'])(
    'malformed hash %j never matches',
    async (stored) => {
      expect(await verifyPassword('anything', stored)).toBe(false);
    },
  );

  test('unicode normalised', async () => {
    const hash = await hashPassword('\u00e9t\u00e9', LIGHT);
    expect(await verifyPassword('e\u0301te\u0301', hash)).toBe(true);
  });
});
