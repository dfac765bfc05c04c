import { describe, expect, test } from 'vitest';
import { TokenBucket } from './rate-limiter.js';

function manualClock(start = 0) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

function takeMany(bucket: TokenBucket, count: number): boolean[] {
  return Array.from({ length: count }, () => bucket.tryTake());
}

describe('TokenBucket', () => {
  test('admits a full burst', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 5, perSecond: 1 }, clock.now);
    expect(takeMany(bucket, 5)).toEqual([true, true, true, true, true]);
  });

  test('rejects past the burst', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 3, perSecond: 1 }, clock.now);
    takeMany(bucket, 3);
    expect(bucket.tryTake()).toBe(false);
  });

  test('refills at the rate', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 4, perSecond: 10 }, clock.now);
    takeMany(bucket, 4);
    clock.advance(250);
    expect(takeMany(bucket, 3)).toEqual([true, true, false]);
  });

  test('refill stops at the burst', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 2, perSecond: 100 }, clock.now);
    clock.advance(60_000);
    expect(takeMany(bucket, 3)).toEqual([true, true, false]);
  });

  test('clock going back adds nothing', () => {
    const clock = manualClock(1_000);
    const bucket = new TokenBucket({ burst: 1, perSecond: 1 }, clock.now);
    bucket.tryTake();
    clock.advance(-500);
    expect(bucket.tryTake()).toBe(false);
  });
});
