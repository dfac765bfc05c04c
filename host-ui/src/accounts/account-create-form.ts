import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { describedBy, errorNotice, fieldError, isFieldInError } from '../app/error-notice.js';
import { FormSubmissionController } from '../app/form-submission-controller.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { createUserMutation } from '../graphql/operations/account-operations.js';
import { ADULT_ROLES, type User } from '../graphql/schemas/user-schema.js';
import { describeAccountError } from './account-error-messages.js';
import {
  MAX_DISPLAY_NAME_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  readAccountInput,
} from './account-input.js';
import { roleName } from './role-names.js';

const formFields = ['email', 'displayName', 'role', 'password'];

/** Event fired by `fab-account-create-form` with the account it created. */
export class AccountCreatedEvent extends Event {
  static readonly type = 'account-created';

  constructor(readonly user: User) {
    super(AccountCreatedEvent.type, { bubbles: true });
  }
}

/** Form with which an admin creates an adult account: e-mail, name, role and first password. */
@localized()
@customElement('fab-account-create-form')
export class AccountCreateForm extends LightDomElement {
  readonly #form = new FormSubmissionController(this);
  @state() private createdEmail = '';

  override render() {
    // The form's own checks stop at the first field at fault, so there is one error at most.
    const error = this.#form.errors[0];
    return html`
      <form class="card form" novalidate @submit=${this.#submit}>
        <h2 id="account-create-title">${msg('Créer un compte', { id: 'account-create.title' })}</h2>
        ${errorNotice(error, formFields)}
        ${
          this.createdEmail === ''
            ? nothing
            : html`<p class="saved" role="status">${msg(str`Compte créé pour ${this.createdEmail}.`, { id: 'account-create.created' })}</p>`
        }
        <label for="account-create-email">${msg('Adresse e-mail', { id: 'login.email' })}</label>
        <input id="account-create-email" name="email" type="email" maxlength=${MAX_EMAIL_LENGTH}
          required autocomplete="off" spellcheck="false" data-testid="account-create-email"
          aria-invalid=${isFieldInError(error, 'email')} aria-describedby=${describedBy(error, 'email', 'account-create-email-error')} />
        ${fieldError(error, 'email', 'account-create-email-error', describeAccountError)}
        <label for="account-create-name">${msg('Nom affiché', { id: 'account-create.name' })}</label>
        <input id="account-create-name" name="displayName" maxlength=${MAX_DISPLAY_NAME_LENGTH}
          required autocomplete="off" data-testid="account-create-name"
          aria-invalid=${isFieldInError(error, 'displayName')} aria-describedby=${describedBy(error, 'displayName', 'account-create-name-error')} />
        ${fieldError(error, 'displayName', 'account-create-name-error', describeAccountError)}
        <label for="account-create-role">${msg('Rôle', { id: 'account-create.role' })}</label>
        <select id="account-create-role" name="role" required data-testid="account-create-role"
          aria-invalid=${isFieldInError(error, 'role')} aria-describedby=${describedBy(error, 'role', 'account-create-role-error')}>
          ${ADULT_ROLES.map(
            (role) =>
              html`<option value=${role} ?selected=${role === 'TEACHER'}>${roleName(role)}</option>`,
          )}
        </select>
        ${fieldError(error, 'role', 'account-create-role-error', describeAccountError)}
        <label for="account-create-password">${msg('Mot de passe', { id: 'login.password' })}</label>
        <p class="hint" id="account-create-password-rules">
          ${msg(str`Au moins ${MIN_PASSWORD_LENGTH} caractères. Une phrase de quelques mots se retient mieux qu'un mot compliqué.`, { id: 'account-create.password-rules' })}
        </p>
        <input id="account-create-password" name="password" type="password" required
          minlength=${MIN_PASSWORD_LENGTH} maxlength=${MAX_PASSWORD_LENGTH} autocomplete="new-password"
          data-testid="account-create-password" aria-invalid=${isFieldInError(error, 'password')}
          aria-describedby=${describedBy(error, 'password', 'account-create-password-error', ['account-create-password-rules'])} />
        ${fieldError(error, 'password', 'account-create-password-error', describeAccountError)}
        <button type="submit" class="primary" data-testid="account-create-submit" ?disabled=${this.#form.submitting}>
          ${msg('Créer le compte', { id: 'account-create.submit' })}
        </button>
      </form>
    `;
  }

  readonly #submit = (event: SubmitEvent): Promise<void> => {
    this.createdEmail = '';
    return this.#form.handleSubmit(event, {
      read: (data) => {
        const read = readAccountInput({
          email: String(data.get('email') ?? ''),
          displayName: String(data.get('displayName') ?? ''),
          role: String(data.get('role') ?? ''),
          password: String(data.get('password') ?? ''),
        });
        return read.ok ? { ok: true, values: read.input } : { ok: false, errors: [read.error] };
      },
      send: async (input, form) => {
        // A signed-out error is shown here too, with a link to log in again
        // that comes back to this page.
        const { createUser } = await requestGraphql(createUserMutation, input);
        form.reset();
        this.createdEmail = createUser.email;
        this.dispatchEvent(new AccountCreatedEvent(createUser));
      },
    });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-account-create-form': AccountCreateForm;
  }
}
