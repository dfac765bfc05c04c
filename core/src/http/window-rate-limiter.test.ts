import { expect, test } from 'vitest';
import { WindowRateLimiter } from './window-rate-limiter.js';

test('limiter allows limit then rejects', () => {
  const limiter = new WindowRateLimiter(2, () => 0);
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false]);
  expect(limiter.take('b')).toBe(true);
});

test('limiter resets each minute', () => {
  let time = 0;
  const limiter = new WindowRateLimiter(1, () => time);
  expect(limiter.take('a')).toBe(true);
  expect(limiter.isExhausted('a')).toBe(true);
  time = 60_000;
  expect(limiter.isExhausted('a')).toBe(false);
  expect(limiter.take('a')).toBe(true);
});
