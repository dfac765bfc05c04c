import type { z } from 'zod';
import { enumWithCode } from './manifest-rule.js';

/**
 * French school levels from the first year of nursery school to the last year of upper
 * secondary school, in order: maternelle (PS, MS, GS), élémentaire (CP to CM2), collège
 * (6e to 3e) and lycée (2de, 1re, Tle).
 */
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

/** Zod schema of one French school level. Reports `unknown-school-level`. */
export const schoolLevelSchema = enumWithCode(SCHOOL_LEVELS, 'unknown-school-level');

/** A French school level, such as `CP` (first year of primary school, pupils aged 6 to 7). */
export type SchoolLevel = z.output<typeof schoolLevelSchema>;

/** French and English names of each school level, for consoles and catalogues. */
export const SCHOOL_LEVEL_NAMES: Readonly<Record<SchoolLevel, { fr: string; en: string }>> = {
  PS: { fr: 'Petite section', en: 'Nursery, first year' },
  MS: { fr: 'Moyenne section', en: 'Nursery, second year' },
  GS: { fr: 'Grande section', en: 'Nursery, third year' },
  CP: { fr: 'Cours préparatoire', en: 'Primary, first year' },
  CE1: { fr: 'Cours élémentaire 1', en: 'Primary, second year' },
  CE2: { fr: 'Cours élémentaire 2', en: 'Primary, third year' },
  CM1: { fr: 'Cours moyen 1', en: 'Primary, fourth year' },
  CM2: { fr: 'Cours moyen 2', en: 'Primary, fifth year' },
  '6e': { fr: 'Sixième', en: 'Lower secondary, first year' },
  '5e': { fr: 'Cinquième', en: 'Lower secondary, second year' },
  '4e': { fr: 'Quatrième', en: 'Lower secondary, third year' },
  '3e': { fr: 'Troisième', en: 'Lower secondary, fourth year' },
  '2de': { fr: 'Seconde', en: 'Upper secondary, first year' },
  '1re': { fr: 'Première', en: 'Upper secondary, second year' },
  Tle: { fr: 'Terminale', en: 'Upper secondary, final year' },
};
