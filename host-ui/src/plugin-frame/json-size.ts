/**
 * Estimates the length of a value's JSON text without serialising it, and
 * stops counting as soon as the estimate passes `limit`. Each visited value
 * adds at least one character, so at most `limit + 1` values are visited even
 * when one small structured-clone message repeats a shared array `2^26`
 * times, which `JSON.stringify` would spend seconds expanding.
 *
 * Strings count one character per UTF-16 code unit plus their quotes, an
 * underestimate of UTF-8 bytes that the exact check after serialising covers.
 * Returns `limit + 1` once over the limit.
 */
export function estimateJsonLength(value: unknown, limit: number): number {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    total += ownLength(next);
    if (total > limit) return limit + 1;
    if (next !== null && typeof next === 'object') {
      const entries = Array.isArray(next) ? next : Object.entries(next).flat();
      // Separators: commas between entries, a colon between each key and value.
      total += Math.max(0, entries.length - 1);
      if (total > limit) return limit + 1;
      for (const entry of entries) pending.push(entry);
    }
  }
  return total;
}

function ownLength(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (value === null || value === undefined) return 4;
  // Brackets or braces of an array or object; anything else is at least one character.
  return 2;
}
