/**
 * Counts events per key in fixed one-minute windows, in this process's
 * memory. Several hosts behind one address each keep their own counts.
 */
export class WindowRateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limitPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one event for `key`; returns false once the key is over its limit for this minute. */
  take(key: string): boolean {
    const time = this.now();
    if (time - this.windowStart >= 60_000) {
      this.windowStart = time;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count <= this.limitPerMinute;
  }
}
