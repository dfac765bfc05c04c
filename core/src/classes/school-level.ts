/** French school levels, from the first year of nursery school to the last year of lycée. */
export const SCHOOL_LEVELS = [
  'PS',
  'MS',
  'GS',
  'CP',
  'CE1',
  'CE2',
  'CM1',
  'CM2',
  '6e',
  '5e',
  '4e',
  '3e',
  '2de',
  '1re',
  'Tle',
] as const;

/** One French school level. */
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
