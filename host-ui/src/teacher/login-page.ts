import { localized, msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  describedBy,
  errorNotice,
  fieldError,
  focusFieldInError,
  isFieldInError,
} from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { emptyFields } from '../app/required-fields.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { loginMutation, viewerQuery } from '../graphql/operations/viewer-operations.js';
import { describeError } from '../i18n/error-messages.js';
import { navigate } from '../router/navigation.js';
import { readLoginReason, safeNextPath } from '../router/route-paths.js';

const formFields = ['email', 'password'];

/**
 * Adult login with e-mail and password. It goes to the console, or back to
 * the page that needed it, and shows a notice when a console page sent the
 * adult here because their session had expired.
 */
@localized()
@customElement('fab-login-page')
export class LoginPage extends LightDomElement {
  /** The errors shown: one per empty field, or the host's one error. */
  @state() private errors: readonly GraphqlRequestError[] = [];
  @state() private submitting = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#skipWhenSignedIn();
  }

  override render() {
    const emailError = this.#errorOf('email');
    const passwordError = this.#errorOf('password');
    return html`
      <h1 tabindex="-1">${msg('Espace enseignant', { id: 'login.title' })}</h1>
      ${this.#renderExpiredNotice()}
      <form class="card form" novalidate @submit=${this.#submit}>
        ${this.errors.map((error) => errorNotice(error, formFields))}
        <label for="login-email">${msg('Adresse e-mail', { id: 'login.email' })}</label>
        <input id="login-email" name="email" type="email" autocomplete="username" required
          data-testid="login-email" aria-invalid=${isFieldInError(emailError, 'email')}
          aria-describedby=${describedBy(emailError, 'email', 'login-email-error')} />
        ${fieldError(emailError, 'email', 'login-email-error')}
        <label for="login-password">${msg('Mot de passe', { id: 'login.password' })}</label>
        <input id="login-password" name="password" type="password" required
          autocomplete="current-password" data-testid="login-password"
          aria-invalid=${isFieldInError(passwordError, 'password')}
          aria-describedby=${describedBy(passwordError, 'password', 'login-password-error')} />
        ${fieldError(passwordError, 'password', 'login-password-error')}
        <button type="submit" class="primary" data-testid="login-submit" ?disabled=${this.submitting}>
          ${msg('Se connecter', { id: 'login.submit' })}
        </button>
      </form>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('errors')) {
      focusFieldInError(this, this.errors[0]);
    }
  }

  #renderExpiredNotice() {
    if (readLoginReason(window.location.search) !== 'session-expired' || this.errors.length > 0) {
      return nothing;
    }
    const expired = { code: 'session-expired', message: '' };
    return html`<p class="calm-notice" role="status" data-testid="session-expired-notice">
      ${describeError(expired)}</p>`;
  }

  #errorOf(field: string): GraphqlRequestError | undefined {
    return this.errors.find((error) => error.field === field);
  }

  async #skipWhenSignedIn(): Promise<void> {
    try {
      const { viewer } = await requestGraphql(viewerQuery, {});
      if (viewer?.kind === 'ADULT') {
        navigate(this.#nextPath(), { replace: true });
      }
    } catch {
      // No adult is signed in, or the host is unreachable. The form stays, and submitting shows the error.
    }
  }

  readonly #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const missing = emptyFields({ email, password });
    if (missing.length > 0) {
      this.errors = missing.map((field) => new GraphqlRequestError('missing-value', '', field));
      return;
    }
    this.submitting = true;
    this.errors = [];
    try {
      await requestGraphql(loginMutation, { email, password });
      navigate(this.#nextPath());
    } catch (error) {
      this.errors = [toRequestError(error)];
    } finally {
      this.submitting = false;
    }
  };

  #nextPath(): string {
    return safeNextPath(new URLSearchParams(window.location.search).get('next'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-login-page': LoginPage;
  }
}
