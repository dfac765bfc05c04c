/** Characters of a join code: no 0, 1, I, L or O, which children confuse. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Characters in a join code. */
export const JOIN_CODE_LENGTH = 6;

const joinCodePattern = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Upper-cases typed text and drops spaces and dashes, so `k7m 2qp` and `K7M-2QP` read as `K7M2QP`. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
}

/** Returns true when a normalized code has the length and alphabet of a join code. */
export function isWellFormedJoinCode(code: string): boolean {
  return joinCodePattern.test(code);
}

/** Splits a six-character join code in two groups of three for reading aloud: `K7M 2QP`. */
export function formatJoinCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, half)} ${code.slice(half)}` : code;
}
