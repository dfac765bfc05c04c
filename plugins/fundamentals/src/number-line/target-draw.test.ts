import { describe, expect, test } from 'vitest';
import { NUMBER_LINE_RANGES } from './number-line-range.js';
import { drawTargets } from './target-draw.js';

/** Deterministic random source (mulberry32), so a failing seed can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

describe('drawTargets', () => {
  test('0-100 draws 10 distinct targets strictly inside the line', () => {
    for (const seed of SEEDS) {
      const targets = drawTargets(NUMBER_LINE_RANGES['0-100'], 10, seeded(seed));
      expect(targets).toHaveLength(10);
      expect(new Set(targets).size).toBe(10);
      expect(
        targets.every((target) => Number.isInteger(target) && target >= 1 && target <= 99),
      ).toBe(true);
    }
  });

  test('0-10 uses every number from 1 to 9 before repeating', () => {
    for (const seed of SEEDS) {
      const targets = drawTargets(NUMBER_LINE_RANGES['0-10'], 10, seeded(seed));
      expect(targets).toHaveLength(10);
      expect([...targets.slice(0, 9)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(targets[9]).not.toBe(targets[8]);
      expect(targets).not.toContain(0);
      expect(targets).not.toContain(10);
    }
  });

  test('same random source gives the same targets', () => {
    const range = NUMBER_LINE_RANGES['0-100'];
    expect(drawTargets(range, 10, seeded(7))).toEqual(drawTargets(range, 10, seeded(7)));
  });

  test('order varies between seeds', () => {
    const orders = new Set(
      SEEDS.map((seed) => drawTargets(NUMBER_LINE_RANGES['0-10'], 10, seeded(seed)).join(',')),
    );
    expect(orders.size).toBeGreaterThan(150);
  });
});
