/** Median and 95th percentile of repeated timings, in milliseconds. */
export interface TimingSummary {
  median: number;
  p95: number;
  runs: number;
}

/** Summarises timings with the nearest-rank method. */
export function summariseTimings(milliseconds: readonly number[]): TimingSummary {
  if (milliseconds.length === 0) throw new RangeError('No timings to summarise.');
  const sorted = [...milliseconds].sort((left, right) => left - right);
  return {
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    runs: sorted.length,
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.max(0, rank - 1)] as number;
}
