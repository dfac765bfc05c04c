import { randomInt } from 'node:crypto';

/** Characters of a join code: no 0/O, 1/I/L, so a teacher can read it aloud. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** Draws a random join code, 31^6 (about 887 million) possibilities. */
export function generateJoinCode(): string {
  let code = '';
  for (let index = 0; index < JOIN_CODE_LENGTH; index++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/**
 * Normalises what a person typed: NFKC (so full-width digits and letters
 * count), upper case, without spaces or dashes.
 * Returns `undefined` when the result cannot be a join code.
 */
export function normaliseJoinCode(input: string): string | undefined {
  const code = input.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return undefined;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : undefined;
}
