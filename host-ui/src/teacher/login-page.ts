import { localized, msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { describedBy, errorNotice, fieldError, isFieldInError } from '../app/error-notice.js';
import { FormSubmissionController } from '../app/form-submission-controller.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { readRequiredFields } from '../app/required-fields.js';
import { requestGraphql } from '../graphql/graphql-client.js';
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
  readonly #form = new FormSubmissionController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#skipWhenSignedIn();
  }

  override render() {
    const emailError = this.#form.errorOf('email');
    const passwordError = this.#form.errorOf('password');
    return html`
      <h1 tabindex="-1">${msg('Espace enseignant', { id: 'login.title' })}</h1>
      ${this.#renderExpiredNotice()}
      <form class="card form" novalidate @submit=${this.#submit}>
        ${this.#form.errors.map((error) => errorNotice(error, formFields))}
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
        <button type="submit" class="primary" data-testid="login-submit" ?disabled=${this.#form.submitting}>
          ${msg('Se connecter', { id: 'login.submit' })}
        </button>
      </form>
    `;
  }

  #renderExpiredNotice() {
    if (
      readLoginReason(window.location.search) !== 'session-expired' ||
      this.#form.errors.length > 0
    ) {
      return nothing;
    }
    const expired = { code: 'session-expired', message: '' };
    return html`<p class="calm-notice" role="status" data-testid="session-expired-notice">
      ${describeError(expired)}</p>`;
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

  readonly #submit = (event: SubmitEvent): Promise<void> =>
    this.#form.handleSubmit(event, {
      read: (data) => readRequiredFields(data, { email: 'trim', password: 'as-typed' }),
      send: async (values) => {
        await requestGraphql(loginMutation, values);
        navigate(this.#nextPath());
      },
    });

  #nextPath(): string {
    return safeNextPath(new URLSearchParams(window.location.search).get('next'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-login-page': LoginPage;
  }
}
