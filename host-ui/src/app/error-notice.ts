import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { describeError } from '../i18n/error-messages.js';
import { loginPath } from '../router/route-paths.js';
import { isSignedOutError } from './auth-redirect.js';

/** Function that returns the message shown for an error, so that a form with its own field rules can pass its own. */
export type ErrorDescriber = (error: GraphqlRequestError) => string;

/**
 * Renders an error that belongs to no field of the form at hand, as an
 * alert. Errors whose `field` is in `fields` are shown beside that field. A
 * signed-out error (an adult's session expired while a console page was
 * open) also links to the login page, which comes back to the current path.
 */
export function errorNotice(
  error: GraphqlRequestError | undefined,
  fields: readonly string[] = [],
): TemplateResult | typeof nothing {
  if (error === undefined || (error.field !== undefined && fields.includes(error.field))) {
    return nothing;
  }
  const loginLink = isSignedOutError(error)
    ? html` <a href=${loginPath(window.location.pathname)} data-testid="login-again">
        ${msg('Se reconnecter', { id: 'error.login-again' })}</a>`
    : nothing;
  return html`<p class="error-notice" role="alert" data-testid="error-notice"
    data-code=${error.code}>${describeError(error)}${loginLink}</p>`;
}

/** Renders the message of an error that points at `field`, with the id the field refers to. */
export function fieldError(
  error: GraphqlRequestError | undefined,
  field: string,
  id: string,
  describe: ErrorDescriber = describeError,
): TemplateResult | typeof nothing {
  if (error?.field !== field) {
    return nothing;
  }
  return html`<p class="field-error" id=${id} role="alert" data-code=${error.code}>${describe(error)}</p>`;
}

/**
 * Returns the value of `aria-describedby` for the input of `field`. It lists
 * the hint ids, plus `errorId` while the error points at that field, and is
 * `nothing` when no id is left, so the attribute never names a missing element.
 */
export function describedBy(
  error: GraphqlRequestError | undefined,
  field: string,
  errorId: string,
  hintIds: readonly string[] = [],
): string | typeof nothing {
  const ids = error?.field === field ? [...hintIds, errorId] : hintIds;
  return ids.length === 0 ? nothing : ids.join(' ');
}

/** Returns true when the error points at `field`, for `aria-invalid`. */
export function isFieldInError(error: GraphqlRequestError | undefined, field: string): boolean {
  return error?.field === field;
}

/** Moves focus to the input named by the error's `field`, when the form has one. */
export function focusFieldInError(root: ParentNode, error: GraphqlRequestError | undefined): void {
  if (error?.field === undefined) {
    return;
  }
  root.querySelector<HTMLElement>(`[name="${CSS.escape(error.field)}"]`)?.focus();
}
