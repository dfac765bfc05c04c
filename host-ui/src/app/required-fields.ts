import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import type { FormReading } from './form-submission-controller.js';

/** Treatment of a required field's text: trimmed, or as typed, because a password keeps its spaces. */
export type FieldText = 'trim' | 'as-typed';

/** Returns the names of the empty values, in the order given, so that a form can flag every one. */
export function emptyFields(values: Readonly<Record<string, string>>): string[] {
  return Object.entries(values)
    .filter(([, value]) => value === '')
    .map(([name]) => name);
}

/**
 * Reads required text fields from a form's data. It returns their values,
 * or a `missing-value` error for each empty field, in the order of `fields`.
 */
export function readRequiredFields<TName extends string>(
  data: FormData,
  fields: Readonly<Record<TName, FieldText>>,
): FormReading<Record<TName, string>> {
  const values = {} as Record<TName, string>;
  for (const [name, text] of Object.entries(fields) as [TName, FieldText][]) {
    const value = String(data.get(name) ?? '');
    values[name] = text === 'trim' ? value.trim() : value;
  }
  const missing = emptyFields(values);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((field) => new GraphqlRequestError('missing-value', '', field)),
    };
  }
  return { ok: true, values };
}
