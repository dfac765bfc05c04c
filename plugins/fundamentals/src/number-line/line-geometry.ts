import type { NumberLineRange } from './number-line-range.js';

/**
 * Maps a horizontal position on the line to the nearest whole number. The line
 * spans `range.min` at offset 0 to `range.max` at offset `width`. Positions
 * beyond either end map to that end, so a tap in the band's margin still counts.
 *
 * @example
 * valueAtOffset(210, 300, NUMBER_LINE_RANGES['0-10']); // 7
 */
export function valueAtOffset(offset: number, width: number, range: NumberLineRange): number {
  if (width <= 0) {
    return range.min;
  }
  const fraction = Math.min(1, Math.max(0, offset / width));
  return Math.round(range.min + fraction * (range.max - range.min));
}

/**
 * Returns where a value sits along the line, as a fraction of its width from 0 to 1.
 *
 * @example
 * fractionOfValue(25, NUMBER_LINE_RANGES['0-100']); // 0.25
 */
export function fractionOfValue(value: number, range: NumberLineRange): number {
  return (value - range.min) / (range.max - range.min);
}

/** Clamps a value moved by the keyboard to the line's ends. */
export function clampToRange(value: number, range: NumberLineRange): number {
  return Math.min(range.max, Math.max(range.min, value));
}
