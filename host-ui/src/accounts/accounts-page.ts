import { localized, msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { redirectIfSignedOut } from '../app/auth-redirect.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { type GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { accountsQuery } from '../graphql/operations/account-operations.js';
import type { User } from '../graphql/schemas/user-schema.js';
import { describeError } from '../i18n/error-messages.js';
import { routePaths } from '../router/route-paths.js';
import type { AccountCreatedEvent } from './account-create-form.js';
import { insertAccount } from './account-list.js';
import { roleName } from './role-names.js';
import './account-create-form.js';
import '../lrs-forwarding/lrs-forwarding-section.js';

/**
 * The school's adult accounts, for an admin: the list and the form that
 * creates one, then the host's LRS forwarding targets. Anyone else gets a
 * calm `forbidden` message from the host.
 */
@localized()
@customElement('fab-accounts-page')
export class AccountsPage extends LightDomElement {
  @state() private accounts: readonly User[] | undefined = undefined;
  @state() private viewerId = '';
  @state() private error: GraphqlRequestError | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override render() {
    return html`
      <p><a href=${routePaths.console()}>${msg('← Mes classes', { id: 'class.back' })}</a></p>
      <h1 tabindex="-1">${msg("Comptes de l'école", { id: 'accounts.title' })}</h1>
      ${this.#renderBody()}
    `;
  }

  #renderBody() {
    const accounts = this.accounts;
    if (this.error?.code === 'forbidden') {
      return html`<div class="calm-notice" role="status" data-testid="error-notice" data-code="forbidden">
        <p>${describeError(this.error)}</p>
        <p>${msg("Seul un compte administrateur peut voir et créer les comptes de l'école.", { id: 'accounts.admin-only' })}</p>
      </div>`;
    }
    if (accounts === undefined) {
      return this.error === undefined
        ? html`<p class="loading" role="status">${msg('Chargement…', { id: 'common.loading' })}</p>`
        : errorNotice(this.error);
    }
    return html`
      <div class="table-scroll">
        <table class="account-table">
          <caption>${msg('Comptes des adultes', { id: 'accounts.caption' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Adresse e-mail', { id: 'login.email' })}</th>
              <th scope="col">${msg('Nom', { id: 'accounts.name' })}</th>
              <th scope="col">${msg('Rôle', { id: 'account-create.role' })}</th>
            </tr>
          </thead>
          <tbody>
            ${accounts.map((account) => this.#renderRow(account))}
          </tbody>
        </table>
      </div>
      <fab-account-create-form @account-created=${this.#onCreated}></fab-account-create-form>
      <fab-lrs-forwarding-section></fab-lrs-forwarding-section>
    `;
  }

  #renderRow(account: User) {
    return html`<tr data-testid="account-row-${account.id}">
      <th scope="row">${account.email}</th>
      <td>${account.displayName}${
        account.id === this.viewerId
          ? html` <span class="hint">${msg('(vous)', { id: 'accounts.you' })}</span>`
          : nothing
      }</td>
      <td>${roleName(account.role)}</td>
    </tr>`;
  }

  async #load(): Promise<void> {
    try {
      const { viewer, users } = await requestGraphql(accountsQuery, {});
      this.viewerId = viewer?.user?.id ?? '';
      this.accounts = users;
    } catch (error) {
      const requestError = toRequestError(error);
      if (!redirectIfSignedOut(requestError, 'adult')) {
        this.error = requestError;
      }
    }
  }

  readonly #onCreated = (event: AccountCreatedEvent): void => {
    this.accounts = insertAccount(this.accounts ?? [], event.user);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-accounts-page': AccountsPage;
  }
}
