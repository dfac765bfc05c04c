/**
 * Returns a random version 4 UUID. `crypto.randomUUID` exists only in secure
 * contexts, and a plugin frame served over plain HTTP from a school's local
 * network is not one, so this falls back to `crypto.getRandomValues`, which
 * every context has.
 *
 * @example
 * const id = randomUuid(); // 'f47ac10b-58cc-4372-a567-0e02b2c3d479'
 */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // RFC 9562, section 5.4: version 4 in the high nibble of byte 6, variant 10 in byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
