/** Maximum class name length the host accepts, in user-perceived characters after trimming. */
export const MAX_CLASS_NAME_LENGTH = 80;

/** Maximum nickname length the host accepts, in user-perceived characters after trimming. */
export const MAX_NICKNAME_LENGTH = 40;

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/** Returns the length of a name in user-perceived characters, as the host counts it. */
export function displayLength(text: string): number {
  return [...graphemes.segment(text)].length;
}
