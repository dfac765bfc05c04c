/** Value of the class setting `range`, as declared in the manifest. */
export type RangeKey = '0-10' | '0-100';

/** A number line: its ends and the largest error that still counts as a success. */
export type NumberLineRange = {
  /** Setting value and activity id segment, such as `0-10`. */
  readonly key: RangeKey;
  readonly min: number;
  readonly max: number;
  /**
   * An estimate succeeds when |estimate - target| <= tolerance: 1 on 0-10 and
   * 5 on 0-100, that is 10% and 5% of the line's length. Estimates are whole
   * numbers, so on 0-10 a tolerance of 1 accepts only the target and its two neighbours.
   */
  readonly tolerance: number;
};

/** The two lines a teacher can choose. */
export const NUMBER_LINE_RANGES: Readonly<Record<RangeKey, NumberLineRange>> = {
  '0-10': { key: '0-10', min: 0, max: 10, tolerance: 1 },
  '0-100': { key: '0-100', min: 0, max: 100, tolerance: 5 },
};

/** The line used when the class setting is absent, as in the manifest's `default`. */
export const DEFAULT_RANGE: NumberLineRange = NUMBER_LINE_RANGES['0-10'];

/**
 * Returns the line for the class setting `range`. The host fills in the
 * manifest's default and checks the value, so another value only comes from
 * an older host. It falls back to 0-10 rather than stopping the activity.
 */
export function rangeFromSetting(value: string | number | boolean | undefined): NumberLineRange {
  return value === '0-10' || value === '0-100' ? NUMBER_LINE_RANGES[value] : DEFAULT_RANGE;
}
