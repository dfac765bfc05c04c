/** Size and refill rate of a token bucket. */
export interface TokenBucketLimit {
  /** Messages accepted at once from a full bucket. */
  readonly burst: number;
  /** Tokens added back per second, up to `burst`. */
  readonly perSecond: number;
}

/** Clock in milliseconds, `performance.now()` in the browser. */
export type MillisecondClock = () => number;

/**
 * Token bucket that admits `burst` messages at once and `perSecond` on
 * average after that. One bucket belongs to one mounted frame.
 */
export class TokenBucket {
  readonly #limit: TokenBucketLimit;
  readonly #now: MillisecondClock;
  #tokens: number;
  #refilledAt: number;

  constructor(limit: TokenBucketLimit, now: MillisecondClock = () => performance.now()) {
    this.#limit = limit;
    this.#now = now;
    this.#tokens = limit.burst;
    this.#refilledAt = now();
  }

  /** Takes one token and returns true, or returns false when the bucket is empty. */
  tryTake(): boolean {
    this.#refill();
    if (this.#tokens < 1) {
      return false;
    }
    this.#tokens -= 1;
    return true;
  }

  #refill(): void {
    const now = this.#now();
    const elapsedSeconds = Math.max(0, now - this.#refilledAt) / 1000;
    this.#tokens = Math.min(
      this.#limit.burst,
      this.#tokens + elapsedSeconds * this.#limit.perSecond,
    );
    this.#refilledAt = now;
  }
}
