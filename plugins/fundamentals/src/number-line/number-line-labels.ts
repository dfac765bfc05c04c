/** Texts read by screen readers; the screen itself shows icons and digits only. */
export type NumberLineLabels = {
  readonly start: string;
  readonly replay: string;
  readonly again: string;
  readonly done: string;
  readonly line: (min: number, max: number) => string;
  readonly target: (target: number) => string;
  readonly progress: (answered: number, total: number) => string;
  readonly success: (target: number) => string;
  readonly miss: (target: number) => string;
  readonly end: (successes: number, total: number) => string;
};

const FRENCH: NumberLineLabels = {
  start: 'Commencer',
  replay: 'Réécouter le nombre',
  again: 'Rejouer',
  done: 'Terminer',
  line: (min, max) => `Ligne de ${min} à ${max}. Touche ou utilise les flèches, puis Entrée.`,
  target: (target) => `Place le nombre ${target}`,
  progress: (answered, total) => `${answered} sur ${total}`,
  success: (target) => `Bravo, ${target} est ici.`,
  miss: (target) => `${target} était ici.`,
  end: (successes, total) => `Série terminée : ${successes} sur ${total} bien placés.`,
};

const ENGLISH: NumberLineLabels = {
  start: 'Start',
  replay: 'Hear the number again',
  again: 'Play again',
  done: 'Finish',
  line: (min, max) => `Line from ${min} to ${max}. Tap, or use the arrow keys and then Enter.`,
  target: (target) => `Place the number ${target}`,
  progress: (answered, total) => `${answered} of ${total}`,
  success: (target) => `Well done, ${target} is here.`,
  miss: (target) => `${target} was here.`,
  end: (successes, total) => `Series over: ${successes} of ${total} placed well.`,
};

/** Returns the labels for a session locale: English for `en*`, French otherwise. */
export function labelsFor(locale: string): NumberLineLabels {
  return locale.toLowerCase().startsWith('en') ? ENGLISH : FRENCH;
}

/** Returns the speech language for a session locale: `en` for `en*`, `fr` otherwise. */
export function speechLanguageFor(locale: string): string {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
