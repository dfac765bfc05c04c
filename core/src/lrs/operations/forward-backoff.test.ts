import { expect, test } from 'vitest';
import { DEFAULT_FORWARD_BACKOFF, retryDelayMs } from './forward-backoff.js';

const backoff = { baseDelayMs: 1000, maxDelayMs: 60_000, maxAttempts: 10 };

test.each([
  [1, 500, 1000],
  [2, 1000, 2000],
  [4, 4000, 8000],
  [7, 30_000, 60_000],
  [50, 30_000, 60_000],
])('retry delay after %i failures', (failures, low, high) => {
  expect(retryDelayMs(backoff, failures, () => 0)).toBe(low);
  expect(retryDelayMs(backoff, failures, () => 1)).toBe(high);
});

test('default backoff gives up within a day', () => {
  let longest = 0;
  for (let failures = 1; failures < DEFAULT_FORWARD_BACKOFF.maxAttempts; failures++) {
    longest += retryDelayMs(DEFAULT_FORWARD_BACKOFF, failures, () => 1);
  }
  expect(longest).toBeGreaterThan(20 * 3600_000);
  expect(longest).toBeLessThan(24 * 3600_000);
});
