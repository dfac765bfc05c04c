import { localized, msg } from '@lit/localize';
import { html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  describedBy,
  errorNotice,
  fieldError,
  focusFieldInError,
  isFieldInError,
} from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { firstEmptyField } from '../app/required-fields.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { loginMutation, viewerQuery } from '../graphql/operations/viewer-operations.js';
import { navigate } from '../router/navigation.js';
import { safeNextPath } from '../router/route-paths.js';

const formFields = ['email', 'password'];

/** Adult login with e-mail and password; goes to the console, or back to the page that needed it. */
@localized()
@customElement('fab-login-page')
export class LoginPage extends LightDomElement {
  @state() private error: GraphqlRequestError | undefined = undefined;
  @state() private submitting = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#skipWhenSignedIn();
  }

  override render() {
    const error = this.error;
    return html`
      <h1 tabindex="-1">${msg('Espace enseignant', { id: 'login.title' })}</h1>
      <form class="card form" novalidate @submit=${this.#submit}>
        ${errorNotice(error, formFields)}
        <label for="login-email">${msg('Adresse e-mail', { id: 'login.email' })}</label>
        <input id="login-email" name="email" type="email" autocomplete="username" required
          data-testid="login-email" aria-invalid=${isFieldInError(error, 'email')}
          aria-describedby=${describedBy(error, 'email', 'login-email-error')} />
        ${fieldError(error, 'email', 'login-email-error')}
        <label for="login-password">${msg('Mot de passe', { id: 'login.password' })}</label>
        <input id="login-password" name="password" type="password" required
          autocomplete="current-password" data-testid="login-password"
          aria-invalid=${isFieldInError(error, 'password')} aria-describedby=${describedBy(error, 'password', 'login-password-error')} />
        ${fieldError(error, 'password', 'login-password-error')}
        <button type="submit" class="primary" data-testid="login-submit" ?disabled=${this.submitting}>
          ${msg('Se connecter', { id: 'login.submit' })}
        </button>
      </form>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('error')) {
      focusFieldInError(this, this.error);
    }
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
    const missing = firstEmptyField({ email, password });
    if (missing !== undefined) {
      this.error = new GraphqlRequestError('missing-value', '', missing);
      return;
    }
    this.submitting = true;
    this.error = undefined;
    try {
      await requestGraphql(loginMutation, { email, password });
      navigate(this.#nextPath());
    } catch (error) {
      this.error = toRequestError(error);
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
