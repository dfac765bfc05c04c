import { FabriqueError } from '@fabrique/sdk';

// C0 and C1 controls, and the bidirectional embeddings, overrides and
// isolates that can make a name display in another order than it is stored.
const FORBIDDEN_CHARACTERS = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/**
 * Checks a name typed by an adult (class name, nickname, display name):
 * normalises it to NFC and trims it, rejects control and bidirectional
 * formatting characters, and counts its length in user-perceived characters.
 *
 * @throws FabriqueError with `rule.code` (default `invalid-input`), naming the field and the rule.
 */
export function checkDisplayText(
  value: string,
  rule: { field: string; min: number; max: number; code?: string },
): string {
  const code = rule.code ?? 'invalid-input';
  const text = value.normalize('NFC').trim();
  if (FORBIDDEN_CHARACTERS.test(text)) {
    throw new FabriqueError(
      code,
      400,
      `${rule.field}: control and text-direction characters are not allowed.`,
      { field: rule.field },
    );
  }
  const length = [...graphemes.segment(text)].length;
  if (length < rule.min || length > rule.max) {
    throw new FabriqueError(
      code,
      400,
      `${rule.field}: must have ${rule.min} to ${rule.max} characters (got ${length}).`,
      { field: rule.field },
    );
  }
  return text;
}
