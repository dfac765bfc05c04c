/**
 * Deepest nesting of arrays and objects accepted in a statement. xAPI sets no
 * limit, but serialising a value nested thousands of levels deep overflows the
 * call stack, so such statements are rejected as invalid instead.
 */
export const MAX_JSON_DEPTH = 64;

/** Tells whether a parsed JSON value nests arrays or objects deeper than `maxDepth`. */
export function exceedsJsonDepth(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop() as { value: unknown; depth: number };
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth >= maxDepth) return true;
    const children = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}
