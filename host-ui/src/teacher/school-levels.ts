/** French school levels from nursery (PS) to the last year of lycée (Tle), in order. */
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
