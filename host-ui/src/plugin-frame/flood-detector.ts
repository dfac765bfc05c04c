import type { MillisecondClock } from './rate-limiter.js';

/** When rate-limited messages count as a flood. */
export interface FloodThreshold {
  /** Rejections within `windowMs` that make a flood. */
  readonly maxRejections: number;
  /** Length of the sliding window, in milliseconds. */
  readonly windowMs: number;
}

/**
 * Counts rate-limited messages of one mount in a sliding window. A plugin that
 * bursts past the rate limit once gets error responses; one that keeps
 * flooding reaches the threshold and is unmounted.
 */
export class FloodDetector {
  readonly #threshold: FloodThreshold;
  readonly #now: MillisecondClock;
  readonly #rejectedAt: number[] = [];

  constructor(threshold: FloodThreshold, now: MillisecondClock = () => performance.now()) {
    this.#threshold = threshold;
    this.#now = now;
  }

  /** Records one rejected message and returns true when the threshold is reached. */
  recordRejection(): boolean {
    const now = this.#now();
    this.#rejectedAt.push(now);
    while (this.#rejectedAt.length > 0 && now - this.#rejectedAt[0]! > this.#threshold.windowMs) {
      this.#rejectedAt.shift();
    }
    return this.#rejectedAt.length >= this.#threshold.maxRejections;
  }
}
