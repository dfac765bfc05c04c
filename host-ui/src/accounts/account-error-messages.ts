import { msg, str } from '@lit/localize';
import type { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { describeError } from '../i18n/error-messages.js';
import {
  MAX_DISPLAY_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from './account-input.js';

// Rules of the fields of `createUser`, shown when the host or the form finds one broken.
const invalidFieldMessages: Readonly<Record<string, () => string>> = {
  email: () =>
    msg("Cette adresse e-mail n'est pas valide.", { id: 'account-create.invalid-email' }),
  displayName: () =>
    msg(str`Le nom doit compter de 1 à ${MAX_DISPLAY_NAME_LENGTH} caractères.`, {
      id: 'account-create.invalid-name',
    }),
  role: () => msg('Choisissez un rôle dans la liste.', { id: 'account-create.invalid-role' }),
  password: () =>
    msg(
      str`Le mot de passe doit compter de ${MIN_PASSWORD_LENGTH} à ${MAX_PASSWORD_LENGTH} caractères.`,
      { id: 'account-create.invalid-password' },
    ),
};

/**
 * Returns the message of an error of the account form. A password that is
 * too short, and an `invalid-input` error that names a field of the form,
 * get that field's rule. Every other error goes through the shared catalogue.
 */
export function describeAccountError(error: GraphqlRequestError): string {
  const field = error.field;
  if (error.code === 'password-too-short') {
    return msg(str`Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`, {
      id: 'account-create.password-too-short',
    });
  }
  if (
    error.code === 'invalid-input' &&
    field !== undefined &&
    Object.hasOwn(invalidFieldMessages, field)
  ) {
    return invalidFieldMessages[field]!();
  }
  return describeError(error);
}
