import type { z } from 'zod';
import { enumWithCode } from './manifest-rule.js';

/** Subjects a plugin can be listed under in the catalogue. */
export const SUBJECTS = [
  'reading',
  'mathematics',
  'cognition',
  'emotional-skills',
  'well-being',
  'languages',
  'sciences',
  'arts',
  'other',
] as const;

/** Zod schema of one catalogue subject. Reports `unknown-subject`. */
export const subjectSchema = enumWithCode(SUBJECTS, 'unknown-subject');

/** A catalogue subject, such as `mathematics`. */
export type Subject = z.output<typeof subjectSchema>;

/** French and English names of each subject, for consoles and catalogues. */
export const SUBJECT_NAMES: Readonly<Record<Subject, { fr: string; en: string }>> = {
  reading: { fr: 'Lecture', en: 'Reading' },
  mathematics: { fr: 'Mathématiques', en: 'Mathematics' },
  cognition: { fr: 'Cognition', en: 'Cognition' },
  'emotional-skills': { fr: 'Compétences émotionnelles', en: 'Emotional skills' },
  'well-being': { fr: 'Bien-être', en: 'Well-being' },
  languages: { fr: 'Langues', en: 'Languages' },
  sciences: { fr: 'Sciences', en: 'Sciences' },
  arts: { fr: 'Arts', en: 'Arts' },
  other: { fr: 'Autre', en: 'Other' },
};
