import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { ADULT_ROLES, type AdultRole } from '../graphql/schemas/user-schema.js';

/** Minimum password length the host accepts for a new account, in UTF-16 code units as zod counts. */
export const MIN_PASSWORD_LENGTH = 12;

/** Maximum password length the host accepts, in UTF-16 code units. */
export const MAX_PASSWORD_LENGTH = 1024;

/** Maximum display name length the host accepts, after trimming. */
export const MAX_DISPLAY_NAME_LENGTH = 80;

/** Maximum e-mail address length the host accepts, after trimming. */
export const MAX_EMAIL_LENGTH = 254;

/** The values of the account form, as typed. */
export interface AccountFormValues {
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
  readonly password: string;
}

/** The variables of `createUser`, checked as far as the UI can check them. */
export interface AccountInput {
  readonly email: string;
  readonly displayName: string;
  readonly role: AdultRole;
  readonly password: string;
}

/** The checked input, or the error to show beside the first field at fault. */
export type AccountInputResult =
  | { readonly ok: true; readonly input: AccountInput }
  | { readonly ok: false; readonly error: GraphqlRequestError };

/**
 * Checks the account form in field order: e-mail, display name and role
 * are required, and the password must have 12 to 1024 characters. The
 * e-mail address is trimmed but its format is left to the host, whose
 * `invalid-input` error names the field. The password is kept as typed,
 * spaces included.
 */
export function readAccountInput(values: AccountFormValues): AccountInputResult {
  const email = values.email.trim();
  const displayName = values.displayName.trim();
  const { role, password } = values;
  const missing = [
    ['email', email],
    ['displayName', displayName],
    ['role', role],
    ['password', password],
  ].find(([, value]) => value === '');
  if (missing !== undefined) {
    return failure('missing-value', missing[0]!);
  }
  if (email.length > MAX_EMAIL_LENGTH) {
    return failure('invalid-input', 'email');
  }
  if (displayName.length > MAX_DISPLAY_NAME_LENGTH) {
    return failure('invalid-input', 'displayName');
  }
  if (!isAdultRole(role)) {
    return failure('invalid-input', 'role');
  }
  if (password.length < MIN_PASSWORD_LENGTH) {
    return failure('password-too-short', 'password');
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return failure('invalid-input', 'password');
  }
  return { ok: true, input: { email, displayName, role, password } };
}

/** Returns true when `value` is one of the roles of the GraphQL enum `Role`. */
export function isAdultRole(value: string): value is AdultRole {
  return (ADULT_ROLES as readonly string[]).includes(value);
}

function failure(code: string, field: string): AccountInputResult {
  return { ok: false, error: new GraphqlRequestError(code, '', field) };
}
