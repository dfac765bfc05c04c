/** Splits a list into slices of at most `size` items, to keep SQL parameter counts bounded. */
export function* inChunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) {
    yield items.slice(start, start + size);
  }
}
