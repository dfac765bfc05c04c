/** Spacing of the attempts of a failing forwarding row. */
export interface ForwardBackoff {
  /** Delay after the first failure, in milliseconds. */
  baseDelayMs: number;
  /** Maximum delay between two attempts, in milliseconds. */
  maxDelayMs: number;
  /** Failed attempts after which a row is marked dead. */
  maxAttempts: number;
}

/**
 * Defaults: 10 s after the first failure, doubling up to one hour, dead
 * after 30 failed attempts. With the jitter below, a row that always fails
 * is given up on between about 11 and 21 hours after its first attempt.
 */
export const DEFAULT_FORWARD_BACKOFF: ForwardBackoff = {
  baseDelayMs: 10_000,
  maxDelayMs: 60 * 60_000,
  maxAttempts: 30,
};

/**
 * Returns the delay before the next attempt after `failedAttempts` failures
 * (1 or more): exponential, capped, then drawn uniformly from its upper
 * half, so that rows which failed together do not retry in step.
 */
export function retryDelayMs(
  backoff: ForwardBackoff,
  failedAttempts: number,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
  const delay = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** exponent);
  return Math.round(delay / 2 + random() * (delay / 2));
}
