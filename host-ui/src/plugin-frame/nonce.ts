/** Bytes of randomness in a mount nonce. */
export const NONCE_BYTES = 32;

/** Creates a fresh nonce for one mount: 32 random bytes from Web Crypto, base64url without padding. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
