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
    const count = this.countOf(key) + 1;
    this.counts.set(key, count);
    return count <= this.limitPerMinute;
  }

  /** Tells whether `key` has used up its limit for this minute, without counting an event. */
  isExhausted(key: string): boolean {
    return this.countOf(key) >= this.limitPerMinute;
  }

  private countOf(key: string): number {
    const time = this.now();
    if (time - this.windowStart >= 60_000) {
      this.windowStart = time;
      this.counts = new Map();
    }
    return this.counts.get(key) ?? 0;
  }
}
