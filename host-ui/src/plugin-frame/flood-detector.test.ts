import { expect, test } from 'vitest';
import { FloodDetector } from './flood-detector.js';

test('flood detector reaches threshold within window', () => {
  const detector = new FloodDetector({ maxRejections: 3, windowMs: 1_000 }, () => 0);
  expect([
    detector.recordRejection(),
    detector.recordRejection(),
    detector.recordRejection(),
  ]).toEqual([false, false, true]);
});

test('flood detector forgets rejections outside window', () => {
  let now = 0;
  const detector = new FloodDetector({ maxRejections: 3, windowMs: 1_000 }, () => now);
  const results: boolean[] = [];
  for (let i = 0; i < 10; i += 1) {
    results.push(detector.recordRejection());
    now += 600;
  }
  expect(results.every((flooded) => !flooded)).toBe(true);
});
